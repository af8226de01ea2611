from sqlalchemy import select

from app.models import Lead


def leads_for(user_id):
    return select(Lead).where(Lead.user_id == user_id)


def in_month(stmt, start, end):
    return stmt.where(Lead.created_at.between(start, end))
