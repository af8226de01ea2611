from datetime import datetime, timedelta, timezone

from sqlalchemy import select, tuple_, update
from sqlalchemy.orm import Session

from app.models import AgentOutput, Lead, LeadRun
from app.utils.sqlalchemy import with_row_locks


def user_backlog(session: Session, user_id: int):
    return LeadRun.find(session=session, user_id=user_id, status="new")  # expect: scans-all [sa34a] cross


def window_backlog(session: Session, user_id: int, start: datetime, end: datetime):
    return LeadRun.find(session=session, user_id=user_id, created_from=start, created_to=end)  # expect: prunes [sa34b] cross


def claim_queued_outputs(session: Session, batch: int = 100):
    query = select(AgentOutput).where(AgentOutput.kind == "queued").limit(batch)
    return session.scalars(with_row_locks(query, session=session, of=AgentOutput, skip_locked=True)).all()  # expect: scans-all [sa34c] cross


def mark_done(session: Session, lead: Lead):
    session.execute(
        update(Lead)
        .where(Lead.id == lead.id, Lead.created_at == lead.created_at)
        .values(status="done")
        .execution_options(synchronize_session=False)
    )  # expect: prunes [sa34d]


def reload_keys(session: Session, keys: list[tuple[int, datetime]]):
    return session.scalars(select(Lead).where(tuple_(Lead.id, Lead.created_at).in_(keys))).all()  # expect: prunes [sa34e]
