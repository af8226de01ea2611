"""pi-manage audit rotate: keep the audit table small."""
from datetime import datetime, timedelta, timezone

import click
from sqlalchemy import desc

from app.models import AgentOutput, db


@click.command("rotate")
@click.option("--age", type=int, help="Delete entries older than this many days.")
@click.option("--highwatermark", type=int, default=10000)
@click.option("--lowwatermark", type=int, default=5000)
def rotate_audit(age=None, highwatermark=10000, lowwatermark=5000):
    session = db.session
    if age:
        cutoff = datetime.now(timezone.utc) - timedelta(days=age)
        session.query(AgentOutput).filter(AgentOutput.created_at < cutoff).delete()  # expect: prunes [sa55j]
        session.commit()
        return
    count = session.query(AgentOutput.id).count()  # expect: scans-all [sa55m]
    if count > highwatermark:
        last_id = session.query(AgentOutput.id).order_by(desc(AgentOutput.id)).limit(1).scalar()  # expect: scans-all [sa55l]
        cut_id = last_id - lowwatermark
        session.query(AgentOutput).filter(AgentOutput.id < cut_id).delete()  # expect: scans-all [sa55k]
        session.commit()
