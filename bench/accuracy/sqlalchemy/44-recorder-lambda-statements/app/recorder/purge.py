"""Purge old data."""
from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.orm.session import Session

from app.recorder.queries import delete_output_rows, find_outputs_to_purge
from app.recorder.util import session_scope

_LOGGER = logging.getLogger(__name__)


def purge_old_data(instance, purge_before: datetime) -> bool:
    """Purge outputs older than purge_before; returns True when everything was purged."""
    with session_scope(session=instance.get_session()) as session:
        output_ids = _select_output_ids_to_purge(session, purge_before)
        if output_ids:
            _purge_output_ids(session, output_ids)
            return False
    return True


def _select_output_ids_to_purge(session: Session, purge_before: datetime) -> set[int]:
    return {row.id for row in session.execute(find_outputs_to_purge(purge_before)).all()}  # expect: prunes [sa44a] cross


def _purge_output_ids(session: Session, output_ids: set[int]) -> None:
    deleted_rows = session.execute(delete_output_rows(list(output_ids)))  # expect: scans-all [sa44b] cross
    _LOGGER.debug("Deleted %s outputs", deleted_rows.rowcount)
