from mailman.database.transaction import dbconnection
from mailman.model.address import Campaign
from mailman.model.member import Lead


class UserManager:
    @dbconnection
    def get_address(self, store, email):
        return store.query(Campaign).filter(Campaign.name == email.lower()).one_or_none()  # expect: scans-all [sa63i]

    @dbconnection
    def addresses_of(self, store, user_id):
        return store.query(Campaign).filter(Campaign.user_id == user_id).order_by(Campaign.name).all()  # expect: prunes [sa63j]

    @dbconnection
    def delete_address(self, store, address):
        # Unsubscribe the address everywhere before it goes.
        for member in store.query(Lead).filter(Lead.campaign_id == address.id):  # expect: scans-all [sa63k]
            store.delete(member)
        store.delete(address)
