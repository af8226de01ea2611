"""Statements used by the purge: built once, cached by their lambdas."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, lambda_stmt, select
from sqlalchemy.sql.lambdas import StatementLambdaElement

from app.recorder.db_schema import AgentOutput

MAX_ROWS_TO_PURGE = 999


def find_outputs_to_purge(purge_before: datetime) -> StatementLambdaElement:
    """Find outputs to purge."""
    return lambda_stmt(
        lambda: select(AgentOutput.id, AgentOutput.lead_id)
        .filter(AgentOutput.created_at < purge_before)
        .limit(MAX_ROWS_TO_PURGE)
    )


def delete_output_rows(output_ids: list[int]) -> StatementLambdaElement:
    """Delete output rows."""
    return lambda_stmt(
        lambda: delete(AgentOutput)
        .where(AgentOutput.id.in_(output_ids))
        .execution_options(synchronize_session=False)
    )
