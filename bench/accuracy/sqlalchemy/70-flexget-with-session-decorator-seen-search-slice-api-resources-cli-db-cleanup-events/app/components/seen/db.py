from datetime import datetime, timedelta, timezone

from sqlalchemy import BigInteger, Column, DateTime, Text, or_
from sqlalchemy.orm import relationship

from app.db_schema import Base
from app.manager import event
from app.utils.database import with_session

ESCAPE_QUERY = "\\"


class Lead(Base):
    """A seen entry: `company` is its title, `email` its URL, `status` "local" or "global", `campaign_id` its task."""

    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="new")
    created_at = Column(DateTime(timezone=True), primary_key=True)

    outputs = relationship("AgentOutput", back_populates="lead", primaryjoin="Lead.id == foreign(AgentOutput.lead_id)")

    def to_dict(self):
        return {"id": self.id, "title": self.company, "task": self.campaign_id, "added": self.created_at, "local": self.status == "local"}


class AgentOutput(Base):
    """A seen field of an entry: `kind` is the field name (imdb_id, url, title…), `body` its value."""

    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)

    lead = relationship("Lead", back_populates="outputs", primaryjoin="foreign(AgentOutput.lead_id) == Lead.id")


@event("forget")
def forget(value, tasks=None, test=False):
    """Forgets the seen entries whose title (or field value) matches `value`, in the given tasks or all."""
    from app.manager import Session

    with Session() as session:
        count = 0
        field_count = 0
        if isinstance(tasks, str):
            tasks = [tasks]
        if tasks:
            query_se = session.query(Lead).filter(Lead.campaign_id.in_(tasks))
            if value != "%":
                query_se = query_se.filter(Lead.company.like(value, escape=ESCAPE_QUERY))
            query_sf = session.query(AgentOutput).filter(AgentOutput.body.like(value, escape=ESCAPE_QUERY))
        else:
            query_se = session.query(Lead).filter(Lead.company == value)
            query_sf = session.query(AgentOutput).filter(AgentOutput.body == value)
        for se in query_se.all():  # expect: scans-all [sa70a]
            field_count += len(se.outputs)  # expect: scans-all [sa70b]
            count += 1
            if not test:
                remove_entry(se, session)
        for sf in query_sf.all():  # expect: scans-all [sa70e]
            field_count += 1
            if not test:
                session.query(AgentOutput).filter(AgentOutput.id == sf.id).delete(synchronize_session=False)  # expect: scans-all [sa70c]
        session.commit()
        return count, field_count


def remove_entry(entry, session):
    """Deletes an entry and its fields (added with or after it), both found in their month."""
    session.query(AgentOutput).filter(AgentOutput.lead_id == entry.id, AgentOutput.created_at >= entry.created_at).delete(synchronize_session=False)  # expect: prunes [sa70h]
    session.query(Lead).filter(Lead.id == entry.id, Lead.created_at == entry.created_at).delete(synchronize_session=False)  # expect: prunes [sa70i]


@with_session
def search(count=None, value=None, status=None, start=None, stop=None, tasks=None, order_by="created_at", descending=False, session=None):
    query = session.query(Lead).join(AgentOutput, AgentOutput.lead_id == Lead.id)
    if value:
        query = query.filter(AgentOutput.body.like(value, escape=ESCAPE_QUERY))
    if status is not None:
        query = query.filter(Lead.status == ("local" if status else "global"))
    if isinstance(tasks, str):
        tasks = [tasks]
    if tasks:
        query = query.filter(Lead.campaign_id.in_(tasks))
    if count:
        return query.group_by(Lead.id, Lead.created_at).count()  # expect: scans-all [sa70f]
    column = getattr(Lead, order_by)
    query = query.order_by(column.desc() if descending else column)
    return query.group_by(Lead.id, Lead.created_at).slice(start, stop)


@with_session
def get_entry_by_id(entry_id, session=None):
    return session.query(Lead).filter(Lead.id == entry_id).one()  # expect: scans-all [sa70g]


@with_session
def forget_by_id(entry_id, session=None):
    """Deletes a seen entry via its ID."""
    entry = get_entry_by_id(entry_id, session=session)
    remove_entry(entry, session)


def search_by_field_values(field_value_list, task_id, local=False, session=None):
    """The seen fields matching one of the values: in the same task when `local`, else in any global entry."""
    found = session.query(AgentOutput).join(Lead, Lead.id == AgentOutput.lead_id).filter(AgentOutput.body.in_(field_value_list))
    if local:
        found = found.filter(Lead.campaign_id == task_id)
    else:
        found = found.filter(or_(Lead.status != "local", Lead.status.is_(None)))
    return found


def recent_entries(days, session):
    since = datetime.now(timezone.utc) - timedelta(days=days)
    return session.query(Lead).filter(Lead.created_at >= since)


def task_entries(task_id, session):
    return session.query(Lead).filter(Lead.campaign_id == task_id)


@event("manager.db_cleanup")
def db_cleanup(manager, session):
    """Removes seen fields over a year old."""
    result = session.query(AgentOutput).filter(AgentOutput.created_at < datetime.now() - timedelta(days=365)).delete()  # expect: prunes [sa70k]
    return result
