from datetime import timedelta

from celery.schedules import crontab

from app.core.celery import celery
from app.core.db import db
from app.core.util import now_utc
from app.models import AgentOutput, Lead


@celery.periodic_task(name="delete_old_drafts", run_every=crontab(minute="0", hour="3"))
def delete_old_drafts():
    AgentOutput.query.filter(AgentOutput.created_at < now_utc() - timedelta(days=365), AgentOutput.kind == "draft").delete(synchronize_session=False)  # expect: prunes [sa50j]
    db.session.commit()


@celery.periodic_task(name="purge_deleted_leads", run_every=crontab(minute="30", hour="3"))
def purge_deleted_leads():
    Lead.query.filter(Lead.is_deleted).delete(synchronize_session=False)  # expect: scans-all [sa50k]
    db.session.commit()
