from sqlalchemy import func, select

from app.models import AgentOutput, Lead


def company_count(session, company):
    return session.scalar(select(func.count()).select_from(Lead).where(Lead.company == company))  # expect: scans-all [sa10a]


def outputs_today(session, start_of_day):
    return session.scalar(select(func.count(AgentOutput.id)).where(AgentOutput.created_at >= start_of_day))  # expect: prunes [sa10b]


def legacy_count(session, user_id):
    return session.query(Lead.id).filter(Lead.user_id == user_id).count()  # expect: scans-all [sa10c]


def newest(session):
    return session.scalar(select(func.max(Lead.created_at)))  # expect: scans-all [sa10d]
