from datetime import datetime, timedelta, timezone

from flask_sqlalchemy import SQLAlchemy
from flask_sqlalchemy.query import Query
from sqlalchemy import func

db = SQLAlchemy()


class Campaign(db.Model):
    class CampaignQuery(Query):
        def get_by_name(self, name):
            return Campaign.query.filter(Campaign.name == name).one()  # expect: scans-all [sa48r]

        def get_for_owner(self, campaign_id, user_id):
            return self.filter(Campaign.id == campaign_id, Campaign.user_id == user_id).one_or_none()  # expect: prunes [sa48e]

    query_class = CampaignQuery

    __tablename__ = "campaigns"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, primary_key=True)
    name = db.Column(db.Text, nullable=False)
    archived = db.Column(db.Boolean, nullable=False, default=False)

    def get_leads_unordered(self):
        """Base query for the lead list."""
        return Lead.query.filter(Lead.campaign_id == self.id)

    def get_leads(self):
        return self.order_leads(self.get_leads_unordered())

    @staticmethod
    def order_leads(query):
        return query.order_by(Lead.created_at.desc()).order_by(Lead.id.desc())

    def get_leads_since(self, start):
        return self.order_leads(self.get_leads_unordered().filter(Lead.created_at >= start))

    def get_newest_lead(self):
        return self.get_leads_unordered().order_by(Lead.created_at.desc()).first()  # expect: scans-all [sa48a] cross

    def get_oldest_lead(self):
        return self.get_leads_unordered().order_by(Lead.created_at.asc()).first()  # expect: scans-all [sa48b] cross

    def active_months_range(self):
        oldest, newest = self.get_oldest_lead(), self.get_newest_lead()
        if oldest is None:
            return []
        months, month = [], oldest.created_at.replace(day=1)
        while month <= newest.created_at:
            months.append(month)
            month = (month + timedelta(days=32)).replace(day=1)
        return months

    @property
    def monthly_stats(self):
        since = (datetime.now(timezone.utc) - timedelta(days=365)).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        rows = (
            db.session.query(func.date_trunc("month", Lead.created_at), func.count(Lead.id))
            .filter(Lead.campaign_id == self.id, Lead.created_at >= since)
            .group_by(func.date_trunc("month", Lead.created_at))
            .all()  # expect: prunes [sa48c]
        )
        return {month.strftime("%Y-%m"): n for month, n in rows}

    def has_leads(self):
        return self.get_leads_unordered().count() != 0  # expect: scans-all [sa48d] cross

    def get_pretty_leads(self, export_format="json"):
        pretty = []
        for lead in self.get_leads():  # expect: scans-all [sa48n] cross
            pretty.append({"company": lead.company, "email": lead.email, "status": lead.status, "date": lead.created_at.isoformat()})
        return pretty


class Lead(db.Model):
    class LeadQuery(Query):
        def get(self, campaign, id):
            return self.filter(Lead.campaign_id == campaign.id).filter(Lead.id == id).one_or_none()  # expect: scans-all [sa48i]

        def delete(self, campaign, id):
            lead = self.get(campaign, id)
            if lead:
                db.session.delete(lead)
            return lead

    query_class = LeadQuery

    __tablename__ = "leads"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, nullable=False)
    campaign_id = db.Column(db.BigInteger)
    company = db.Column(db.Text, nullable=False)
    email = db.Column(db.Text, nullable=False)
    status = db.Column(db.Text, nullable=False, default="new")
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)

    def get_outputs(self):
        return AgentOutput.query.filter(AgentOutput.lead_id == self.id, AgentOutput.created_at >= self.created_at).order_by(AgentOutput.created_at.desc())

    @property
    def _to_serialize(self):
        return {"id": self.id, "company": self.company, "email": self.email, "status": self.status}


class AgentOutput(db.Model):
    __tablename__ = "agent_outputs"

    id = db.Column(db.BigInteger, primary_key=True)
    lead_id = db.Column(db.BigInteger, nullable=False)
    kind = db.Column(db.Text, nullable=False)
    body = db.Column(db.Text)
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)
