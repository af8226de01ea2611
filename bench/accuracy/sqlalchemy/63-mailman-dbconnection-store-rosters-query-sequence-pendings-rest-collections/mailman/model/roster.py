from sqlalchemy import or_

from mailman.database.transaction import dbconnection
from mailman.model.member import Lead


class AbstractRoster:
    """The members of one list in some role; subclasses narrow the query."""

    role = None

    def __init__(self, mlist_id):
        self._mlist_id = mlist_id

    def _query(self, store):
        return store.query(Lead).filter(Lead.company == self._mlist_id, Lead.status == self.role)

    @property
    @dbconnection
    def members(self, store):
        yield from self._query(store)  # expect: scans-all [sa63a] cross

    @property
    @dbconnection
    def member_count(self, store):
        return self._query(store).count()  # expect: scans-all [sa63b] cross

    @dbconnection
    def get_member(self, store, email):
        return self._query(store).filter(Lead.email == email).one_or_none()  # expect: scans-all [sa63c] cross


class MemberRoster(AbstractRoster):
    role = "member"


class OwnerRoster(AbstractRoster):
    role = "owner"


class ModeratorRoster(AbstractRoster):
    role = "moderator"


class AdministratorRoster(AbstractRoster):
    def _query(self, store):
        return store.query(Lead).filter(Lead.company == self._mlist_id, or_(Lead.status == "owner", Lead.status == "moderator"))


ROSTERS = {"member": MemberRoster, "owner": OwnerRoster, "moderator": ModeratorRoster, "administrator": AdministratorRoster}
