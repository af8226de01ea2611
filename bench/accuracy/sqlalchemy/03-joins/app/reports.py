from sqlalchemy import select

from app.models import AgentOutput, Campaign, Lead


def leads_with_outputs(session, since):
    stmt = select(Lead, AgentOutput).join(AgentOutput, AgentOutput.lead_id == Lead.id).where(Lead.created_at >= since)  # expect-also: [sa03a]
    return session.execute(stmt).all()  # expect: scans-all [sa03a]


def leads_with_outputs_keyed(session, since):
    stmt = (
        select(Lead, AgentOutput)
        .join(AgentOutput, AgentOutput.lead_id == Lead.id)
        .where(Lead.created_at >= since, AgentOutput.created_at >= since)
    )  # expect-also: [sa03b]
    return session.execute(stmt).all()  # expect: prunes [sa03b]


def email_leads(session, since):
    return session.scalars(select(Lead).join(Lead.outputs).where(Lead.created_at >= since, AgentOutput.kind == "email")).all()  # expect: scans-all [sa03c]


def user_campaign_leads(session, user_id, since):
    stmt = select(Lead).join(Campaign, Campaign.id == Lead.campaign_id).where(Campaign.user_id == user_id, Lead.created_at >= since)  # expect-also: [sa03d]
    return session.scalars(stmt).all()  # expect: prunes [sa03d]
