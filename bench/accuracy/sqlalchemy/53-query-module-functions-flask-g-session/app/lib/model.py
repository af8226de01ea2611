from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text
from sqlalchemy.orm import declarative_base, relationship

BASE = declarative_base()


class User(BASE):
    __tablename__ = "users"

    id = Column(BigInteger, primary_key=True)
    email = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)


class Campaign(BASE):
    """A project (its owner is the hash key)."""

    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)


class Lead(BASE):
    """An issue (or a pull request) of a project."""

    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="Open")
    created_at = Column(DateTime(timezone=True), primary_key=True)

    comments = relationship(
        "AgentOutput",
        primaryjoin="Lead.id == foreign(AgentOutput.lead_id)",
        order_by="AgentOutput.created_at",
        cascade="delete, delete-orphan",
        single_parent=True,
    )


class AgentOutput(BASE):
    """A comment on an issue, or an entry of the activity log."""

    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)
