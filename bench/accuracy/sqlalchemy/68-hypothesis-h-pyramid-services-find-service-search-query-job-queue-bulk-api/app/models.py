from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Campaign(Base):
    """A group: created by one user, its pubid is the name."""

    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)


class Lead(Base):
    """An annotation: shared into a group, moderated through `status`."""

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
    """A queued job (name in `kind`), scheduled at `created_at`."""

    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)

    lead = relationship("Lead", back_populates="outputs", primaryjoin="foreign(AgentOutput.lead_id) == Lead.id")
