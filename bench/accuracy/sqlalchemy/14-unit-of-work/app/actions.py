from sqlalchemy import select

from app.models import Lead


def mark_won(session, lead_id, created_at):
    lead = session.get(Lead, (lead_id, created_at))  # expect: prunes [sa14a]
    lead.status = "won"
    session.commit()  # expect: prunes [sa14b]
    return lead


def first_of_company(session, company):
    lead = session.scalars(select(Lead).where(Lead.company == company).limit(1)).first()  # expect: scans-all [sa14c]
    return lead
