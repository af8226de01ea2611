from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select

from app.models import AgentOutput, Lead
from app.session import NEW_SESSION, provide_session


def with_row_locks(query, *, skip_locked=False):
    """Locks the selected rows (no-op on databases without row locks)."""
    return query.with_for_update(skip_locked=skip_locked)


@provide_session
def find_leads(company=None, since=None, *, session=NEW_SESSION):
    stmt = select(Lead)
    if company:
        stmt = stmt.where(Lead.company == company)
    if since:
        stmt = stmt.where(Lead.created_at >= since)
    return session.scalars(stmt.order_by(Lead.id)).all()  # expect: scans-all [sa23a]


@provide_session
def next_outputs_to_send(limit=100, *, session=NEW_SESSION):
    cutoff = datetime.now(timezone.utc) - timedelta(hours=1)
    stmt = select(AgentOutput).where(AgentOutput.kind == "email", AgentOutput.created_at >= cutoff).limit(limit)
    return session.scalars(with_row_locks(stmt, skip_locked=True)).all()  # expect: prunes [sa23b] cross


@provide_session
def clear_outputs(lead_ids, *, session=NEW_SESSION):
    session.execute(delete(AgentOutput).where(AgentOutput.lead_id.in_(lead_ids)))  # expect: scans-all [sa23c]


@provide_session
def lead_state(lead_id, created_at, *, session=NEW_SESSION):
    return session.scalar(select(Lead.status).where(Lead.id == lead_id, Lead.created_at == created_at))  # expect: prunes [sa23d]
