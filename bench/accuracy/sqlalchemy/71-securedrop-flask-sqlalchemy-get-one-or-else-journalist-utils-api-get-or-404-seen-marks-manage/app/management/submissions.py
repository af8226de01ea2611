from datetime import datetime, timedelta

from app.db import db
from app.models import AgentOutput, Lead


def find_disconnected_db_submissions(path):
    """The submissions whose file is missing from the store."""
    import os

    submissions = db.session.query(AgentOutput).order_by(AgentOutput.id, AgentOutput.body).all()  # expect: scans-all [sa71ad]
    return [s for s in submissions if not os.path.exists(os.path.join(path, s.body or ""))]


def were_there_submissions_today(args):
    """Writes 1 to the notification file when a source was created or active in the last 24 hours."""
    something = db.session.query(Lead).filter(Lead.created_at > datetime.utcnow() - timedelta(hours=24)).count() > 0  # expect: prunes [sa71ae]
    with open(args.data_root + "/submissions_today.txt", "w") as f:
        f.write("1" if something else "0")


def delete_disconnected_db_submissions(args):
    """Deletes the database rows of the submissions whose file is gone (asks first unless --force)."""
    ids = [s.id for s in find_disconnected_db_submissions(args.store_dir)]
    if ids and (args.force or input("Delete {} submissions? ".format(len(ids))) == "y"):
        db.session.query(AgentOutput).filter(AgentOutput.id.in_(ids)).delete(synchronize_session=False)  # expect: scans-all [sa71af]
        db.session.commit()
