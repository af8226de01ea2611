from sqlalchemy import BigInteger, Boolean, Column, Text

from app.db_schema import Base
from app.manager import event
from app.utils.database import with_session


class Campaign(Base):
    """A configured task: `user_id` is the web UI user whose config defines it, `archived` set once removed."""

    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)


@with_session
def get_status_tasks(owner_id=None, include_removed=False, session=None):
    """The configured tasks, of one web UI user when given, without the removed ones unless asked."""
    query = session.query(Campaign)
    if owner_id is not None:
        query = query.filter(Campaign.user_id == owner_id)
    if not include_removed:
        query = query.filter(Campaign.archived.is_(False))
    return query.order_by(Campaign.name)


def task_by_name(name, session):
    return session.query(Campaign).filter(Campaign.name == name)


def owned_task(owner_id, task_id, session):
    return session.query(Campaign).filter(Campaign.user_id == owner_id, Campaign.id == task_id)


def removed_tasks(session):
    return session.query(Campaign).filter(Campaign.archived.is_(True))


@event("manager.db_cleanup")
def cleanup_removed_tasks(manager, session):
    """Forgets the tasks removed from the config more than the cleanup interval ago."""
    return removed_tasks(session).delete(synchronize_session=False)  # expect: scans-all [sa70w] cross
