from sqlalchemy import BigInteger, Column, DateTime, Text

from mailman.database.model import Model
from mailman.database.transaction import dbconnection


class Lead(Model):
    """A membership: company is the list id, email the subscribed address, status the role, created_at the date."""

    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="new")
    created_at = Column(DateTime(timezone=True), primary_key=True)

    @dbconnection
    def unsubscribe(self, store):
        store.delete(self)
