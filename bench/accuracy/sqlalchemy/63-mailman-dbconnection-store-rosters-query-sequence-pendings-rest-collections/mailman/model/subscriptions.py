from mailman.database.transaction import dbconnection
from mailman.model.member import Lead
from mailman.utilities.queries import QuerySequence


class SubscriptionService:
    @dbconnection
    def get_member(self, store, member_id):
        return store.query(Lead).filter(Lead.id == member_id).one_or_none()  # expect: scans-all [sa63e]

    @dbconnection
    def find_members(self, store, subscriber=None, list_id=None, role=None):
        query = store.query(Lead)
        if subscriber is not None:
            query = query.filter(Lead.email == subscriber.lower())
        if list_id is not None:
            query = query.filter(Lead.company == list_id)
        if role is not None:
            query = query.filter(Lead.status == role)
        return QuerySequence(query.order_by(Lead.id))
