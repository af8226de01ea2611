"""Provide pre-made queries on top of the recorder."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import lambda_stmt, select
from sqlalchemy.orm.session import Session
from sqlalchemy.sql.lambdas import StatementLambdaElement

from app.recorder.db_schema import AgentOutput, Lead
from app.recorder.util import execute_stmt_lambda_element, session_scope


def _significant_leads_stmt(
    start_time: datetime,
    end_time: datetime | None,
    user_ids: list[int] | None,
    significant_changes_only: bool,
) -> StatementLambdaElement:
    stmt = lambda_stmt(lambda: select(Lead.id, Lead.status, Lead.created_at))
    if user_ids:
        stmt += lambda q: q.filter(Lead.user_id.in_(user_ids))
    if significant_changes_only:
        stmt += lambda q: q.filter(Lead.status != "new")
    stmt += lambda q: q.filter(Lead.created_at > start_time)
    if end_time:
        stmt += lambda q: q.filter(Lead.created_at < end_time)
    stmt += lambda q: q.order_by(Lead.created_at)
    return stmt


def get_significant_leads_with_session(
    session: Session,
    start_time: datetime,
    end_time: datetime | None = None,
    user_ids: list[int] | None = None,
    significant_changes_only: bool = True,
) -> list:
    stmt = _significant_leads_stmt(start_time, end_time, user_ids, significant_changes_only)
    return execute_stmt_lambda_element(session, stmt, start_time, end_time)  # expect: prunes [sa44c] cross


def _get_last_lead_stmt(user_id: int) -> StatementLambdaElement:
    return lambda_stmt(
        lambda: select(Lead).filter(Lead.user_id == user_id).order_by(Lead.created_at.desc()).limit(1)
    )


def get_last_lead_changes(hass, user_id: int) -> list:
    with session_scope(hass=hass, read_only=True) as session:
        return execute_stmt_lambda_element(session, _get_last_lead_stmt(user_id))  # expect: scans-all [sa44d] cross


def _outputs_for_lead_stmt(lead_id: int, lead_created_at: datetime | None = None) -> StatementLambdaElement:
    stmt = lambda_stmt(lambda: select(AgentOutput).where(AgentOutput.lead_id == lead_id))
    if lead_created_at is not None:
        # Outputs are never older than their lead: a lower bound that keeps the scan to recent months.
        stmt += lambda q: q.where(AgentOutput.created_at >= lead_created_at)
    return stmt


def get_outputs_since_lead(hass, lead_id: int, lead_created_at: datetime) -> list:
    with session_scope(hass=hass, read_only=True) as session:
        return execute_stmt_lambda_element(session, _outputs_for_lead_stmt(lead_id, lead_created_at))  # expect: prunes [sa44e] cross


def get_all_outputs(hass, lead_id: int) -> list:
    with session_scope(hass=hass, read_only=True) as session:
        return execute_stmt_lambda_element(session, _outputs_for_lead_stmt(lead_id))  # expect: scans-all [sa44f] cross
