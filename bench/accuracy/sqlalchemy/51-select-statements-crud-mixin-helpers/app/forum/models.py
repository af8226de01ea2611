from app.extensions import db
from app.utils.database import CRUDMixin, HideableMixin


class Campaign(db.Model, CRUDMixin):
    __tablename__ = "campaigns"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, primary_key=True)
    name = db.Column(db.Text, nullable=False)
    archived = db.Column(db.Boolean, nullable=False, default=False)


class Lead(db.Model, HideableMixin, CRUDMixin):
    __tablename__ = "leads"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, nullable=False)
    campaign_id = db.Column(db.BigInteger)
    company = db.Column(db.Text, nullable=False)
    email = db.Column(db.Text, nullable=False)
    status = db.Column(db.Text, nullable=False, default="new")
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)

    output_count = 0

    @classmethod
    def get_lead(cls, lead_id, user):
        lead = db.session.execute(db.select(cls).filter_by(id=lead_id)).scalar()  # expect: scans-all [sa51e]
        if lead is None or (lead.status == "hidden" and not getattr(user, "is_moderator", False)):
            return None
        return lead

    def recalculate(self):
        self.output_count = db.session.execute(db.select(db.func.count()).select_from(AgentOutput).filter_by(lead_id=self.id)).scalar_one()  # expect: scans-all [sa51q]
        return self

    def hide(self, user):
        self.status = "hidden"
        db.session.commit()  # expect: prunes [sa51l]

    def delete(self):
        db.session.execute(db.delete(AgentOutput).filter_by(lead_id=self.id))  # expect: scans-all [sa51o]
        db.session.delete(self)
        db.session.commit()  # expect: prunes [sa51p]


class AgentOutput(db.Model, CRUDMixin):
    __tablename__ = "agent_outputs"

    id = db.Column(db.BigInteger, primary_key=True)
    lead_id = db.Column(db.BigInteger, nullable=False)
    kind = db.Column(db.Text, nullable=False)
    body = db.Column(db.Text)
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)
