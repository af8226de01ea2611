from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db.session import SessionLocal
from app.models import AgentOutput

REQUEST_TASK_TTL_SECONDS = 7 * 24 * 3600
REDIS_DEFAULT_TTL_SECONDS = 7 * 24 * 3600


def remove_saved_dsr_data() -> None:
    """Scheduled nightly: drops request tasks and result URLs that are no longer needed."""
    with SessionLocal() as db:
        remove_dsr_data = text(
            """
            DELETE FROM agent_outputs
            USING leads
            WHERE agent_outputs.lead_id = leads.id
            AND agent_outputs.created_at < :ttl
            AND leads.status = 'complete';
            """
        )
        result = db.execute(remove_dsr_data, {"ttl": datetime.now() - timedelta(seconds=REQUEST_TASK_TTL_SECONDS)})  # expect: scans-all [sa56i]
        print(f"Deleted {result.rowcount} expired request tasks")

        remove_data_from_privacy_request = text(
            """
            UPDATE leads
            SET company = ''
            WHERE leads.created_at < :ttl
            AND leads.status = 'complete';
            """
        )
        db.execute(remove_data_from_privacy_request, {"ttl": datetime.now() - timedelta(seconds=REDIS_DEFAULT_TTL_SECONDS)})  # expect: prunes [sa56j]
        db.commit()


def batch_execution_logs_by_request(db: Session, pr_ids: list[int]) -> dict[int, list[AgentOutput]]:
    logs = db.query(AgentOutput).filter(AgentOutput.lead_id.in_(pr_ids)).order_by(AgentOutput.created_at.asc()).all()  # expect: scans-all [sa56k]
    by_request: dict[int, list[AgentOutput]] = {}
    for log in logs:
        by_request.setdefault(log.lead_id, []).append(log)
    return by_request
