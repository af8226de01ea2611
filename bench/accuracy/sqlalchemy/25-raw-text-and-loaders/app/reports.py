from sqlalchemy import exists, select, text
from sqlalchemy.orm import Session, selectinload

from app.models import AgentOutput, Lead

DAILY_SQL = text(
    "SELECT date_trunc('day', created_at) AS day, count(*) AS n "
    "FROM leads WHERE user_id = :user_id GROUP BY 1 ORDER BY 1"
)


def daily_counts(session: Session, user_id: int):
    return session.execute(DAILY_SQL, {"user_id": user_id}).all()  # expect: scans-all [sa25a]


def month_counts(session: Session, user_id: int, start, end):
    sql = text("SELECT status, count(*) FROM leads WHERE user_id = :uid AND created_at >= :start AND created_at < :end GROUP BY status")
    return session.execute(sql, {"uid": user_id, "start": start, "end": end}).all()  # expect: prunes [sa25b]


def leads_with_outputs(session: Session, since):
    stmt = select(Lead).where(Lead.created_at >= since).options(selectinload(Lead.outputs))
    return session.scalars(stmt).all()  # expect: scans-all [sa25c]


def leads_with_email(session: Session, since):
    has_email = exists().where(AgentOutput.lead_id == Lead.id, AgentOutput.kind == "email", AgentOutput.created_at >= since)
    return session.scalars(select(Lead).where(Lead.created_at >= since, has_email)).all()  # expect: prunes [sa25d]


def leads_without_outputs(session: Session, since):
    none = ~exists().where(AgentOutput.lead_id == Lead.id)
    return session.scalars(select(Lead.id).where(Lead.created_at >= since, none)).all()  # expect: scans-all [sa25e]
