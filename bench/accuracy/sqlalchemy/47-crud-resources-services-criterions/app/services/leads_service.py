import math

from sqlalchemy import func

from app.models import AgentOutput, Campaign, Lead
from app.services.base_service import get_instance
from app.services.exception import CampaignNotFoundException, LeadNotFoundException


def get_lead_raw(lead_id):
    lead = Lead.get_by(id=lead_id)  # expect: scans-all [sa47a] cross
    if lead is None:
        raise LeadNotFoundException()
    return lead


def get_lead(lead_id):
    return get_lead_raw(lead_id).serialize()


def get_campaign_raw(campaign_id, user_id):
    return get_instance(Campaign, (campaign_id, user_id), CampaignNotFoundException)  # expect: prunes [sa47i] cross


def get_campaign(campaign_id, user_id):
    return get_campaign_raw(campaign_id, user_id).serialize()


def _apply_output_filters(query, kind=None, after=None, before=None):
    """The filters shared by the output lists and their totals."""
    if kind is not None:
        query = query.filter(AgentOutput.kind == kind)
    if after is not None:
        query = query.filter(AgentOutput.created_at > func.cast(after, AgentOutput.created_at.type))
    if before is not None:
        query = query.filter(AgentOutput.created_at < func.cast(before, AgentOutput.created_at.type))
    return query


def _get_total(query, limit):
    total = query.order_by(None).with_entities(func.count(AgentOutput.id)).scalar()  # expect: prunes [sa47h] cross
    return total, int(math.ceil(total / float(limit)))


def get_outputs_for_lead(lead_id, kind=None, after=None, before=None):
    lead = get_lead_raw(lead_id)
    query = AgentOutput.query.filter(AgentOutput.lead_id == lead.id)
    query = _apply_output_filters(query, kind=kind, after=after, before=before)
    return AgentOutput.serialize_list(query.order_by(AgentOutput.created_at.desc()).all())  # expect: scans-all [sa47q] cross


def get_outputs_since_creation(lead):
    query = AgentOutput.query.filter(AgentOutput.lead_id == lead.id, AgentOutput.created_at >= lead.created_at)
    return AgentOutput.serialize_list(query.order_by(AgentOutput.created_at).all())


def get_last_outputs(page=1, limit=50, kind=None, after=None, before=None):
    query = AgentOutput.query.order_by(AgentOutput.created_at.desc())
    query = _apply_output_filters(query, kind=kind, after=after, before=before)
    total, nb_pages = _get_total(query, limit)
    entries = query.limit(limit).offset((page - 1) * limit).all()  # expect: prunes [sa47r] cross
    return {"data": AgentOutput.serialize_list(entries), "total": total, "nb_pages": nb_pages}


def update_lead_status(lead_id, created_at, status):
    lead = Lead.get_by(id=lead_id, created_at=created_at)  # expect: prunes [sa47k] cross
    if lead is None:
        raise LeadNotFoundException()
    lead.update({"status": status})  # expect: prunes [sa47s] cross
    return lead.serialize()


def count_new_leads(user_id):
    return Lead.query.filter_by(user_id=user_id, status="new").count()  # expect: scans-all [sa47o]


def get_active_campaigns(user_id):
    return Campaign.serialize_list(Campaign.query.filter_by(user_id=user_id, archived=False).order_by(Campaign.name).all())  # expect: prunes [sa47p]
