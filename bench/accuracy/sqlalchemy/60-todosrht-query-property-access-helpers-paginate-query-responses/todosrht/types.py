from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text
from sqlalchemy.orm import relationship

from srht.database import Base


class User(Base):
    __tablename__ = "users"

    id = Column(BigInteger, primary_key=True)
    email = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)


class Tracker(Base):
    """A tracker, owned by one user (user_id): hashed by owner."""

    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)

    tickets = relationship("Ticket", primaryjoin="Tracker.id == foreign(Ticket.campaign_id)", viewonly=True)

    def to_dict(self):
        return {"id": self.id, "name": self.name}


class Ticket(Base):
    """A ticket: user_id is the submitter, campaign_id the tracker, company the title."""

    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="reported")
    created_at = Column(DateTime(timezone=True), primary_key=True)

    events = relationship("Event", back_populates="ticket", primaryjoin="Ticket.id == foreign(Event.lead_id)", viewonly=True)

    def to_dict(self):
        return {"id": self.id, "title": self.company, "status": self.status, "created": self.created_at.isoformat()}


class Event(Base):
    """A ticket event (created, comment, status change) or a webhook delivery."""

    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)

    ticket = relationship("Ticket", back_populates="events", primaryjoin="foreign(Event.lead_id) == Ticket.id", viewonly=True)

    def to_dict(self):
        return {"id": self.id, "event_type": self.kind, "created": self.created_at.isoformat()}
