from app.lead_query import LeadQuery
from app.models import Campaign, Lead


def recent(session, when):
    return LeadQuery(session).since(when).all()  # expect: prunes [sa20a] cross


def everything(session):
    return LeadQuery(session).all()  # expect: scans-all [sa20b] cross


def with_campaigns(session, when):
    return session.query(Lead).join(Campaign, Campaign.id == Lead.campaign_id).filter(Lead.created_at >= when).all()  # expect: scans-all [sa20c]


def slim(session, when):
    return session.query(Lead).filter(Lead.created_at >= when).with_entities(Lead.id, Lead.email).all()  # expect: prunes [sa20d]
