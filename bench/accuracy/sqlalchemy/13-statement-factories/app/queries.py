from sqlalchemy import select

from app.models import Lead


def recent_leads_stmt(since):
    return select(Lead).where(Lead.created_at >= since).order_by(Lead.created_at.desc())


def company_stmt(company):
    return select(Lead).where(Lead.company == company)
