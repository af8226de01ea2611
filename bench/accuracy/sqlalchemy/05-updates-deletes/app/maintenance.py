from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, update

from app.db import SessionLocal
from app.models import AgentOutput, Lead


def archive_stale():
    with SessionLocal() as session:
        session.execute(update(Lead).where(Lead.status == "stale").values(status="archived"))  # expect: scans-all [sa05a]
        session.commit()


def purge_outputs(days=90):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    with SessionLocal.begin() as session:
        session.execute(delete(AgentOutput).where(AgentOutput.created_at < cutoff))  # expect: prunes [sa05b]


def detach_campaign(session, campaign_id):
    session.query(Lead).filter(Lead.campaign_id == campaign_id).update({Lead.campaign_id: None}, synchronize_session=False)  # expect: scans-all [sa05c]


def reset_recent(session, since):
    session.query(Lead).filter(Lead.created_at >= since, Lead.status == "error").update({"status": "new"}, synchronize_session=False)  # expect: prunes [sa05d]
