from sqlalchemy import BigInteger, Boolean, Column, Text

from mailman.database.model import Model


class Campaign(Model):
    """An address, owned by one user: name is the email, archived = not yet verified."""

    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)
