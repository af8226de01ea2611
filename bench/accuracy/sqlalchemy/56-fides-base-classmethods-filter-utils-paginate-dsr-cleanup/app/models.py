from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text
from sqlalchemy.orm import Session, defer, relationship

from app.db.base_class import OrmWrappedFidesBase


class Campaign(OrmWrappedFidesBase):
    """A policy; its owner is the user."""

    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)


class Lead(OrmWrappedFidesBase):
    """A privacy request."""

    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="new")
    created_at = Column(DateTime(timezone=True), primary_key=True)

    outputs = relationship("AgentOutput", back_populates="lead", primaryjoin="Lead.id == foreign(AgentOutput.lead_id)")

    @classmethod
    def query_without_large_columns(cls, db: Session):
        """The requests without their (encrypted, large) identity column."""
        return db.query(cls).options(defer(cls.email))

    def soft_delete(self, db: Session, user_id) -> None:
        self.status = "deleted"
        self.save(db)


class AgentOutput(OrmWrappedFidesBase):
    """An execution log (or a request task) of a privacy request."""

    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)

    lead = relationship("Lead", back_populates="outputs", primaryjoin="foreign(AgentOutput.lead_id) == Lead.id")
