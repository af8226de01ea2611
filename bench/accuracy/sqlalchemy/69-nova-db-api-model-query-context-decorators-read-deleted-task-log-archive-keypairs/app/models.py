from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text
from sqlalchemy.orm import declarative_base, relationship, synonym

Base = declarative_base()


class Campaign(Base):
    """A key pair: owned by one user, soft-deleted through `deleted`."""

    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)
    deleted = synonym("archived")


class Lead(Base):
    """An instance: `user_id` is its project, `company` its host, `email` its uuid, `status` its vm_state."""

    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="new")
    created_at = Column(DateTime(timezone=True), primary_key=True)

    outputs = relationship("AgentOutput", back_populates="lead", primaryjoin="Lead.id == foreign(AgentOutput.lead_id)")


class AgentOutput(Base):
    """An instance action, action event, fault or task log row (`kind`), `lead_id` the instance."""

    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)

    lead = relationship("Lead", back_populates="outputs", primaryjoin="foreign(AgentOutput.lead_id) == Lead.id")
