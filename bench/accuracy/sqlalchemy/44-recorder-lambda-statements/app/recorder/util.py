from __future__ import annotations

import logging
from collections.abc import Generator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy.engine.row import Row
from sqlalchemy.orm.session import Session
from sqlalchemy.sql.lambdas import StatementLambdaElement

_LOGGER = logging.getLogger(__name__)
QUERY_RETRY_WAIT = 0.1


@contextmanager
def session_scope(*, hass=None, session: Session | None = None, read_only: bool = False) -> Generator[Session, None, None]:
    """Provide a transactional scope around a series of operations."""
    if session is None and hass is not None:
        session = hass.data["recorder_instance"].get_session()
    if session is None:
        raise RuntimeError("Session required")
    need_rollback = False
    try:
        yield session
        if not read_only and session.get_transaction():
            need_rollback = True
            session.commit()
    except Exception:
        _LOGGER.exception("Error executing query")
        if need_rollback:
            session.rollback()
        raise
    finally:
        session.close()


def execute_stmt_lambda_element(
    session: Session,
    stmt: StatementLambdaElement,
    start_time: datetime | None = None,
    end_time: datetime | None = None,
    yield_per: int = 1024,
) -> list[Row]:
    """Execute a StatementLambdaElement; long windows are streamed."""
    executed = session.execute(stmt)
    use_buffered = start_time is not None and end_time is not None and (end_time - start_time).days <= 1
    if use_buffered:
        return executed.all()
    return list(executed.yield_per(yield_per))
