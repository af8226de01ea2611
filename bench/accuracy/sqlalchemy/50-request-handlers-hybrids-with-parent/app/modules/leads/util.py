from sqlalchemy.orm import load_only

from app.core.db import db
from app.models import AgentOutput, Campaign, Lead


def get_leads_with_outputs(user, campaign):
    query = (Lead.query.with_parent(campaign, Campaign.leads)
             .filter(Lead.user_id == user.id, ~Lead.is_deleted)
             .join(AgentOutput, AgentOutput.lead_id == Lead.id)
             .filter(AgentOutput.kind == "final"))
    return [lead for lead in query if lead.email]  # expect: scans-all [sa50e] cross


def get_published_leads(campaign, since=None):
    query = (Lead.query.with_parent(campaign, Campaign.leads)
             .filter(Lead.is_publishable, Lead.created_after(since))
             .order_by(db.func.lower(Lead.company), Lead.id))
    return query.all()


def count_hidden_leads(campaign):
    query = Lead.query.with_parent(campaign, Campaign.leads).filter(~Lead.is_publishable, ~Lead.is_deleted)
    return query.count()  # expect: scans-all [sa50g] cross


def get_campaigns_registered(user, dt=None):
    """The campaigns in which the user has active leads (created on/after `dt`)."""
    query = (user.leads
             .options(load_only(Lead.campaign_id))
             .filter(Lead.is_active, Lead.created_after(dt)))
    return {lead.campaign_id for lead in query}
