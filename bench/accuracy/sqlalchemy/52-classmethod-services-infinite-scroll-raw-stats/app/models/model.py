from sqlalchemy import func, select

from app.extensions.ext_database import db


class Campaign(db.Model):
    """An app of a tenant."""

    __tablename__ = "campaigns"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, primary_key=True)
    name = db.Column(db.Text, nullable=False)
    archived = db.Column(db.Boolean, nullable=False, default=False)


class Lead(db.Model):
    """A conversation of an app."""

    __tablename__ = "leads"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, nullable=False)
    campaign_id = db.Column(db.BigInteger)
    company = db.Column(db.Text, nullable=False)
    email = db.Column(db.Text, nullable=False)
    status = db.Column(db.Text, nullable=False, default="new")
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)

    @property
    def message_count(self):
        return db.session.scalar(select(func.count(AgentOutput.id)).where(AgentOutput.lead_id == self.id))  # expect: scans-all [sa52n]

    @property
    def first_message(self):
        return db.session.scalar(  # expect: prunes [sa52o]
            select(AgentOutput)
            .where(AgentOutput.lead_id == self.id, AgentOutput.created_at >= self.created_at)
            .order_by(AgentOutput.created_at.asc())
            .limit(1)
        )


class AgentOutput(db.Model):
    """A message of a conversation."""

    __tablename__ = "agent_outputs"

    id = db.Column(db.BigInteger, primary_key=True)
    lead_id = db.Column(db.BigInteger, nullable=False)
    kind = db.Column(db.Text, nullable=False)
    body = db.Column(db.Text)
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)
