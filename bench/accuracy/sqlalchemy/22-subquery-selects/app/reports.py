from sqlalchemy import func, select

from app.models import Lead


def recent_status_counts(session, since):
    recent = select(Lead.id, Lead.status).where(Lead.created_at >= since).subquery()
    return session.execute(select(recent.c.status, func.count()).group_by(recent.c.status)).all()  # expect: prunes [sa22a]


def status_counts(session):
    every = select(Lead.id, Lead.status).subquery()  # expect-also: [sa22b]
    return session.execute(select(every.c.status, func.count()).group_by(every.c.status)).all()  # expect: scans-all [sa22b]
