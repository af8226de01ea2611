from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text

from app.internal.db import Base


class Campaign(Base):
    """A folder of chats (the sidebar folders), owned by one user."""

    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)


class Lead(Base):
    """A chat: title in `company`, share id in `email`, folder in `campaign_id`."""

    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="new")
    created_at = Column(DateTime(timezone=True), primary_key=True)


class AgentOutput(Base):
    """One message of a chat: role in `kind`, model id in `body`."""

    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)
