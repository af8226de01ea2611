"""The models and the datastore helpers the watchers, auditors and views share."""
import datetime

from flask import current_app as app
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import desc

db = SQLAlchemy()


class Campaign(db.Model):
    """A monitored item (one per account, technology and name): the account id is `user_id`."""

    __tablename__ = "campaigns"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, primary_key=True)
    name = db.Column(db.Text, nullable=False)
    archived = db.Column(db.Boolean, nullable=False, default=False)


class Lead(db.Model):
    """An item revision: region in `company`, ARN in `email`, active/inactive in `status`."""

    __tablename__ = "leads"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, nullable=False)
    campaign_id = db.Column(db.BigInteger)
    company = db.Column(db.Text, nullable=False)
    email = db.Column(db.Text, nullable=False)
    status = db.Column(db.Text, nullable=False, default="new")
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)


class AgentOutput(db.Model):
    """Audit issues, revision comments and exception logs (`kind`), tied to a revision."""

    __tablename__ = "agent_outputs"

    id = db.Column(db.BigInteger, primary_key=True)
    lead_id = db.Column(db.BigInteger, nullable=False)
    kind = db.Column(db.Text, nullable=False)
    body = db.Column(db.Text)
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)


def fetch_item(account_id, name):
    return Campaign.query.filter(Campaign.user_id == account_id).filter(Campaign.name == name).first()  # expect: prunes [sa65a]


def revisions_since(account_id, since):
    """The revisions an account's watchers recorded after `since` (the alerter's window)."""
    return Lead.query.filter(Lead.user_id == account_id, Lead.created_at > since)


def store_exception(source, revision_id, exception):
    exception_entry = AgentOutput(lead_id=revision_id, kind="exception", body="{}: {}".format(source, exception))
    db.session.add(exception_entry)
    db.session.commit()


def clear_old_exceptions(ttl_days=10):
    cutoff = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=ttl_days)
    exc_list = AgentOutput.query.filter(AgentOutput.kind == "exception", AgentOutput.created_at <= cutoff).all()  # expect: prunes [sa65b]

    for exc in exc_list:
        db.session.delete(exc)

    db.session.commit()  # expect: prunes [sa65c]


def delete_item_revisions_by_date(start_date, end_date):
    """Removes the revisions recorded in [start_date, end_date); items left without any go entirely."""
    whole_items_to_delete = []
    total_revisions_deleted = 0
    for item in db.session.query(Campaign).all():  # expect: scans-all [sa65d]
        affected_revisions = db.session.query(Lead).filter(
            Lead.campaign_id == item.id, Lead.created_at >= start_date, Lead.created_at < end_date
        ).all()  # expect: prunes [sa65e]
        if not affected_revisions:
            continue

        total_number_of_revisions = db.session.query(Lead).filter(Lead.campaign_id == item.id).count()  # expect: scans-all [sa65f]
        if total_number_of_revisions == len(affected_revisions):
            whole_items_to_delete.append(item)
            continue

        for af in affected_revisions:
            total_revisions_deleted += 1
            db.session.delete(af)

        latest_good_revision = (
            db.session.query(Lead)
            .filter(Lead.campaign_id == item.id, Lead.created_at < start_date)
            .order_by(desc(Lead.created_at))
            .first()
        )  # expect: prunes [sa65g]
        app.logger.info("[~] Last good revision of {}: {}".format(item.name, latest_good_revision.created_at))
        db.session.commit()

    for item_to_delete in whole_items_to_delete:
        db.session.delete(item_to_delete)
    db.session.commit()  # expect: prunes [sa65i]
    app.logger.info("[-] Deleted {} individual revisions.".format(total_revisions_deleted))
