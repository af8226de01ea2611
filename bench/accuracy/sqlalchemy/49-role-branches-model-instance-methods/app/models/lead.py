from app.models.base import db


class Campaign(db.Model):
    __tablename__ = "campaigns"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, primary_key=True)
    name = db.Column(db.Text, nullable=False)
    archived = db.Column(db.Boolean, nullable=False, default=False)

    def get_campaigns_of(self, user_id):
        return Campaign.query.filter(Campaign.user_id == user_id).order_by(Campaign.name).all()  # expect: prunes [sa49o]


class Lead(db.Model):
    __tablename__ = "leads"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, nullable=False)
    campaign_id = db.Column(db.BigInteger)
    company = db.Column(db.Text, nullable=False)
    email = db.Column(db.Text, nullable=False)
    status = db.Column(db.Text, nullable=False, default="new")
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)

    def get_id_by_email(self, email):
        lead = Lead.query.filter(Lead.email == email).first()  # expect: scans-all [sa49e]
        return lead.id if lead else None

    def update_status(self, status):
        Lead.query.filter(Lead.id == self.id, Lead.created_at == self.created_at).update({"status": status})  # expect: prunes [sa49g]
        db.session.commit()

    def delete(self):
        """Delete the lead and what hangs off it."""
        AgentOutput.query.filter(AgentOutput.lead_id == self.id).delete()  # expect: scans-all [sa49j]
        db.session.delete(self)
        db.session.commit()  # expect: prunes [sa49k]


class AgentOutput(db.Model):
    __tablename__ = "agent_outputs"

    id = db.Column(db.BigInteger, primary_key=True)
    lead_id = db.Column(db.BigInteger, nullable=False)
    kind = db.Column(db.Text, nullable=False)
    body = db.Column(db.Text)
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)

    def remove_all(self):
        try:
            db.session.query(AgentOutput).delete()  # expect: scans-all [sa49a]
            db.session.commit()
            return True
        except Exception:
            db.session.rollback()
            return False
