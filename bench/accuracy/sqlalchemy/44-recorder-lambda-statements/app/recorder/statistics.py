"""Hourly statistics of agent outputs."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select, text

from app.recorder.db_schema import AgentOutput
from app.recorder.util import session_scope


def compile_hourly_counts(instance, start: datetime) -> dict[str, int]:
    end = start + timedelta(hours=1)
    with session_scope(session=instance.get_session()) as session:
        rows = session.execute(
            select(AgentOutput.kind, func.count())
            .where(AgentOutput.created_at >= start, AgentOutput.created_at < end)
            .group_by(AgentOutput.kind)
        ).all()  # expect: prunes [sa44g]
    return {kind: count for kind, count in rows}


def fix_blank_statuses(instance) -> None:
    """A one-off repair run by the migrator after an import wrote empty statuses."""
    with session_scope(session=instance.get_session()) as session:
        session.execute(text("UPDATE leads SET status = 'new' WHERE status = ''"))  # expect: scans-all [sa44h]
