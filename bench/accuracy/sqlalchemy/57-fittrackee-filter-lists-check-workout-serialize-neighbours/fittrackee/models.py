from typing import Dict, Optional

from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text

from fittrackee import db


class User(db.Model):
    __tablename__ = "users"

    id = Column(BigInteger, primary_key=True)
    email = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)


class Campaign(db.Model):
    """A piece of equipment of a user (shoes, bike...)."""

    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)


class Lead(db.Model):
    """A workout: created_at is the workout date, status the sport, campaign_id the equipment."""

    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="new")
    created_at = Column(DateTime(timezone=True), primary_key=True)

    outputs = db.relationship("AgentOutput", back_populates="lead", primaryjoin="Lead.id == foreign(AgentOutput.lead_id)", cascade="all, delete-orphan")

    def serialize(self, user: Optional[User] = None, params: Optional[Dict] = None) -> Dict:
        # After a commit the expired instance reloads itself by its primary key here.
        workout = {"id": self.id, "title": self.company, "sport": self.status, "workout_date": self.created_at}  # expect: prunes [sa57u]
        if user is not None and user.id == self.user_id:
            date_from = params.get("from") if params else None
            date_to = params.get("to") if params else None
            sport = params.get("sport") if params else None

            filters = [Lead.id != self.id, Lead.user_id == self.user_id]
            if sport:
                filters.append(Lead.status == sport)
            if date_from:
                filters.append(Lead.created_at >= date_from)
            if date_to:
                filters.append(Lead.created_at <= date_to)

            previous_workout = (
                Lead.query.filter(Lead.created_at <= self.created_at, *filters)
                .order_by(Lead.created_at.desc())
                .first()
            )  # expect: prunes [sa57a]
            next_workout = (
                Lead.query.filter(Lead.created_at >= self.created_at, *filters)
                .order_by(Lead.created_at.asc())
                .first()
            )  # expect: prunes [sa57b]
        else:
            previous_workout = None
            next_workout = None
        workout["previous_workout"] = previous_workout.id if previous_workout else None
        workout["next_workout"] = next_workout.id if next_workout else None
        return workout


class AgentOutput(db.Model):
    """A like or a comment on a workout."""

    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)

    lead = db.relationship("Lead", back_populates="outputs", primaryjoin="foreign(AgentOutput.lead_id) == Lead.id")
