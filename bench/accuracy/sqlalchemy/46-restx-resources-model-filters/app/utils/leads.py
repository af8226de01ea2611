import datetime

from flask import session

from app.cache import cache
from app.models import AgentOutput, Campaign, Lead, db


def get_current_campaigns():
    return Campaign.query.filter_by(user_id=session["id"]).order_by(Campaign.name).all()  # expect: prunes [sa46k]


def get_campaign_attrs(campaign_id):
    campaign = Campaign.query.filter_by(id=campaign_id).first()  # expect: scans-all [sa46j]
    return {"id": campaign.id, "name": campaign.name} if campaign else None


def get_outputs_per_delta(lead_id, kind=None, delta=None):
    """The outputs written for a lead in the last minute (or `delta`)."""
    if delta is None:
        delta = datetime.timedelta(minutes=-1)
    delta_ago = datetime.datetime.utcnow() + delta
    outputs = db.session.query(AgentOutput).filter(AgentOutput.lead_id == lead_id, AgentOutput.created_at >= delta_ago)
    if kind:
        outputs = outputs.filter(AgentOutput.kind == kind)
    return outputs.order_by(AgentOutput.id.asc()).all()  # expect: prunes [sa46a]


@cache.memoize(timeout=60)
def get_recent_lead_counts(days=7):
    since = datetime.datetime.utcnow() - datetime.timedelta(days=days)
    rows = db.session.query(Lead.status, db.func.count(Lead.id)).filter(Lead.created_at >= since).group_by(Lead.status).all()  # expect: prunes [sa46i]
    return dict(rows)
