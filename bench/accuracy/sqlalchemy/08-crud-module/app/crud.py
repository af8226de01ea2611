from sqlalchemy import select

from app.models import AgentOutput, Lead


def outputs_query(lead_id):
    return select(AgentOutput).where(AgentOutput.lead_id == lead_id)


def leads_query(company=None, since=None):
    stmt = select(Lead)
    if company is not None:
        stmt = stmt.where(Lead.company == company)
    if since is not None:
        stmt = stmt.where(Lead.created_at >= since)
    return stmt
