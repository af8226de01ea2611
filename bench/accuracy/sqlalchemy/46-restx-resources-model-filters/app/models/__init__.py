from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import foreign

db = SQLAlchemy()


class Campaign(db.Model):
    __tablename__ = "campaigns"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, primary_key=True)
    name = db.Column(db.Text, nullable=False)
    archived = db.Column(db.Boolean, nullable=False, default=False)


class Lead(db.Model):
    __tablename__ = "leads"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, nullable=False)
    campaign_id = db.Column(db.BigInteger)
    company = db.Column(db.Text, nullable=False)
    email = db.Column(db.Text, nullable=False)
    status = db.Column(db.Text, nullable=False, default="new")
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)

    outputs = db.relationship("AgentOutput", back_populates="lead", primaryjoin=lambda: Lead.id == foreign(AgentOutput.lead_id))

    def outputs_query(self, admin=False, until=None):
        """The lead's outputs; outside the admin panel, only those before the freeze time."""
        q = AgentOutput.query.filter(AgentOutput.lead_id == self.id, AgentOutput.created_at >= self.created_at)
        if not admin and until is not None:
            q = q.filter(AgentOutput.created_at < until)
        return q.order_by(AgentOutput.created_at.desc())


class AgentOutput(db.Model):
    __tablename__ = "agent_outputs"

    id = db.Column(db.BigInteger, primary_key=True)
    lead_id = db.Column(db.BigInteger, nullable=False)
    kind = db.Column(db.Text, nullable=False)
    body = db.Column(db.Text)
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)

    lead = db.relationship("Lead", back_populates="outputs", primaryjoin=lambda: foreign(AgentOutput.lead_id) == Lead.id)
