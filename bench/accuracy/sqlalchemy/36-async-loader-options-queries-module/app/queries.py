from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

from app.models import AgentOutput, Lead


def leads_with_outputs(user_id, since):
    return select(Lead).options(selectinload(Lead.outputs)).where(Lead.user_id == user_id, Lead.created_at >= since)


def outputs_with_lead(since):
    return select(AgentOutput).options(joinedload(AgentOutput.lead)).where(AgentOutput.created_at >= since)


def status_counts(user_id, start, end):
    return select(Lead.status, func.count()).where(Lead.user_id == user_id, Lead.created_at.between(start, end)).group_by(Lead.status)
