import datetime

from celery import shared_task

from app.extensions.ext_database import db
from app.models.model import AgentOutput

CLEAN_MESSAGE_DAYS = 30


@shared_task(queue="dataset")
def clean_messages():
    cutoff = datetime.datetime.now(datetime.UTC).replace(tzinfo=None) - datetime.timedelta(days=CLEAN_MESSAGE_DAYS)
    while True:
        messages = (
            db.session.query(AgentOutput)
            .where(AgentOutput.created_at < cutoff)
            .order_by(AgentOutput.created_at.desc())
            .limit(100)
            .all()  # expect: prunes [sa52l]
        )
        if not messages:
            break
        message_ids = [message.id for message in messages]
        db.session.query(AgentOutput).where(AgentOutput.id.in_(message_ids)).delete(synchronize_session=False)  # expect: scans-all [sa52m]
        db.session.commit()
