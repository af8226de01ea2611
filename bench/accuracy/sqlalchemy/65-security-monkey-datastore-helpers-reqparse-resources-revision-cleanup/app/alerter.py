import datetime

from app.datastore import Lead, revisions_since


class Alerter(object):
    def __init__(self, account_id, interval_minutes=15):
        self.account_id = account_id
        self.interval = interval_minutes

    def changed_revisions(self):
        since = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=self.interval)
        return revisions_since(self.account_id, since).order_by(Lead.created_at).all()  # expect: prunes [sa65n] cross

    def report(self):
        changes = self.changed_revisions()
        return ["{} changed in {}".format(r.email, r.company) for r in changes]
