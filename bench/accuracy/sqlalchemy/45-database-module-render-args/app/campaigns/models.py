from sqlalchemy import BigInteger, Boolean, Column, Text

from app.extensions import db


class Campaign(db.Model):
    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)
