from sqlalchemy import func, select, text

from app.tables import agent_outputs, leads

RECENT_OUTPUTS = text("SELECT count(*) FROM agent_outputs WHERE created_at >= :since")


def recent_lead_count(since):
    return select(func.count()).select_from(leads).where(leads.c.created_at >= since)


def outputs_of_user(user_id, since):
    lead_ids = select(leads.c.id).where(leads.c.user_id == user_id, leads.c.created_at >= since)
    return select(agent_outputs).where(agent_outputs.c.lead_id.in_(lead_ids))
