from sqlalchemy import func, select, text

from app.models import Lead


def at_instants(session, instants):
    return session.scalars(select(Lead).where(Lead.created_at.in_(instants))).all()  # expect: prunes [sa17a]


def stamped(session):
    return session.scalars(select(Lead).where(Lead.created_at.isnot(None), Lead.status == "new")).all()  # expect: scans-all [sa17b]


def last_day(session):
    return session.scalars(select(Lead).where(Lead.created_at > func.now() - text("interval '1 day'"))).all()  # expect: prunes [sa17c]


def by_filter_by(session, created_at):
    return session.scalars(select(Lead).filter_by(created_at=created_at)).all()  # expect: prunes [sa17d]
