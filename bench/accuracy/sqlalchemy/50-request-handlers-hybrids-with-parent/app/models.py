from sqlalchemy.ext.hybrid import hybrid_method, hybrid_property
from sqlalchemy.orm import foreign

from app.core.db import db


class User(db.Model):
    __tablename__ = "users"

    id = db.Column(db.BigInteger, primary_key=True)
    email = db.Column(db.Text, nullable=False)
    created_at = db.Column(db.DateTime(timezone=True), nullable=False)

    leads = db.relationship("Lead", lazy="dynamic", primaryjoin=lambda: User.id == foreign(Lead.user_id), viewonly=True)


class Campaign(db.Model):
    __tablename__ = "campaigns"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, primary_key=True)
    name = db.Column(db.Text, nullable=False)
    archived = db.Column(db.Boolean, nullable=False, default=False)

    leads = db.relationship("Lead", lazy="dynamic", primaryjoin=lambda: Campaign.id == foreign(Lead.campaign_id), viewonly=True)


class Lead(db.Model):
    __tablename__ = "leads"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, nullable=False)
    campaign_id = db.Column(db.BigInteger)
    company = db.Column(db.Text, nullable=False)
    email = db.Column(db.Text, nullable=False)
    status = db.Column(db.Text, nullable=False, default="new")
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)

    outputs = db.relationship("AgentOutput", lazy="dynamic", primaryjoin=lambda: Lead.id == foreign(AgentOutput.lead_id), viewonly=True)

    @hybrid_property
    def is_deleted(self):
        return self.status == "deleted"

    @hybrid_property
    def is_active(self):
        return self.status not in ("deleted", "withdrawn")

    @is_active.expression
    def is_active(cls):
        return ~cls.status.in_(["deleted", "withdrawn"])

    @hybrid_property
    def is_publishable(self):
        return self.status == "won"

    @hybrid_method
    def created_after(self, dt):
        return dt is None or self.created_at >= dt

    @created_after.expression
    def created_after(cls, dt):
        if dt is None:
            return db.true()
        return cls.created_at >= dt


class AgentOutput(db.Model):
    __tablename__ = "agent_outputs"

    id = db.Column(db.BigInteger, primary_key=True)
    lead_id = db.Column(db.BigInteger, nullable=False)
    kind = db.Column(db.Text, nullable=False)
    body = db.Column(db.Text)
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)
