from sqlalchemy import or_

from app.models import Campaign


class GroupService:
    def __init__(self, session):
        self.session = session

    def fetch_by_pubid(self, pubid):
        return self.session.query(Campaign).filter_by(name=pubid).one_or_none()  # expect: scans-all [sa68e]

    def _created_by(self, user):
        return self.session.query(Campaign).filter_by(user_id=user.id)

    def groupids_created_by(self, user):
        return [g.id for g in self._created_by(user).with_entities(Campaign.id)]  # expect: prunes [sa68f] cross

    def groups_created_by(self, user):
        return self._created_by(user).order_by(Campaign.name).all()  # expect: prunes [sa68g] cross

    @staticmethod
    def _readable_filter(user):
        return or_(Campaign.archived.is_(False), Campaign.user_id == user.id)

    def groupids_readable_by(self, user):
        query = self.session.query(Campaign.id).filter(self._readable_filter(user))
        return [row.id for row in query]  # expect: scans-all [sa68h] cross

    def all_groups_query(self):
        return self.session.query(Campaign).order_by(Campaign.name)


def groups_factory(_context, request):
    return GroupService(session=request.db)
