from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.models import Lead


def duplicates(session, since):
    other = aliased(Lead)
    stmt = select(Lead.id, other.id).join(other, (other.email == Lead.email) & (other.id != Lead.id)).where(Lead.created_at >= since)  # expect-also: [sa16a]
    return session.execute(stmt).all()  # expect: scans-all [sa16a]


def duplicates_in_window(session, since):
    other = aliased(Lead)
    stmt = select(Lead.id, other.id).join(other, (other.email == Lead.email) & (other.id != Lead.id)).where(Lead.created_at >= since, other.created_at >= since)  # expect-also: [sa16b]
    return session.execute(stmt).all()  # expect: prunes [sa16b]
