from sqlalchemy import select

from app.filters import by_status, in_window
from app.models import Lead


def won_in_window(session, since, until):
    return session.scalars(in_window(by_status(select(Lead), "won"), since, until)).all()  # expect: prunes [sa04a] cross


def won(session):
    return session.scalars(by_status(select(Lead), "won")).all()  # expect: scans-all [sa04b] cross


def company_in_window(session, company, since, until):
    stmt = in_window(select(Lead.id, Lead.email), since, until).where(Lead.company == company)  # expect-also: [sa04c]
    return session.execute(stmt).all()  # expect: prunes [sa04c] cross
