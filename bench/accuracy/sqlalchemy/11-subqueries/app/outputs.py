from sqlalchemy import select

from app.models import AgentOutput, Lead


def outputs_of_company(session, company, since):
    lead_ids = select(Lead.id).where(Lead.company == company)  # expect-also: [sa11a]
    return session.scalars(select(AgentOutput).where(AgentOutput.lead_id.in_(lead_ids), AgentOutput.created_at >= since)).all()  # expect: scans-all [sa11a]


def outputs_of_recent_company_leads(session, company, since):
    lead_ids = select(Lead.id).where(Lead.company == company, Lead.created_at >= since)
    return session.scalars(select(AgentOutput).where(AgentOutput.lead_id.in_(lead_ids), AgentOutput.created_at >= since)).all()  # expect: prunes [sa11b]
