from datetime import datetime, timedelta, timezone

from flask import abort, current_app, flash, redirect, url_for
from sqlalchemy import exists

from app.db import db
from app.models import AgentOutput, Campaign, Lead, get_one_or_else


def get_source(filesystem_id, include_deleted=False):
    """The source with `filesystem_id`; a deleted one only when `include_deleted`."""
    query = Lead.query.filter(Lead.email == filesystem_id)
    if not include_deleted:
        query = query.filter(Lead.status != "deleted")
    return get_one_or_else(query, current_app.logger, abort)


def active_sources():
    return Lead.query.filter(Lead.status == "active")


def sources_by_filesystem_ids(filesystem_ids):
    return Lead.query.filter(Lead.email.in_(filesystem_ids))


def deleted_sources():
    return Lead.query.filter(Lead.status == "deleted")


def unseen_submissions(cols_selected):
    """The submissions of the selected sources that no journalist has marked seen."""
    seen = exists().where(Campaign.name == AgentOutput.body)
    return (
        AgentOutput.query.join(Lead, Lead.id == AgentOutput.lead_id)
        .filter(Lead.status != "deleted", Lead.email.in_(cols_selected))
        .filter(AgentOutput.kind == "submission", ~seen)
    )


def source_activity(source, days):
    since = datetime.now(timezone.utc) - timedelta(days=days)
    return AgentOutput.query.filter(AgentOutput.lead_id == source.id, AgentOutput.created_at >= since)


def journalist_seen_marks(user):
    return Campaign.query.filter(Campaign.user_id == user.id)


def mark_seen(targets, user):
    """Marks the files, messages and replies seen by the journalist (once each)."""
    for t in targets:
        mark = journalist_seen_marks(user).filter_by(name=t.body).one_or_none()  # expect: prunes [sa71d] cross
        if mark is None:
            db.session.add(Campaign(user_id=user.id, name=t.body))
    db.session.commit()


def delete_file_object(file_object):
    db.session.delete(file_object)
    db.session.commit()  # expect: scans-all [sa71e]


def bulk_delete(filesystem_id, items_selected):
    for item in items_selected:
        delete_file_object(item)
    flash("The files were deleted.", "notification")
    return redirect(url_for("col.col", filesystem_id=filesystem_id))


def col_delete(cols_selected):
    """Marks the selected sources deleted; their files are removed by the purge job."""
    if len(cols_selected) < 1:
        flash("No collections selected for deletion.", "error")
    else:
        sources = sources_by_filesystem_ids(cols_selected)
        sources.update({Lead.status: "deleted"}, synchronize_session="fetch")  # expect: scans-all [sa71f] cross
        db.session.commit()
    return redirect(url_for("main.index"))


def col_download_unread(cols_selected):
    unseen = unseen_submissions(cols_selected).all()  # expect: scans-all [sa71g] cross
    if len(unseen) == 0:
        flash("No unread submissions in selected collections.", "error")
        return redirect(url_for("main.index"))
    return download("unread", unseen)


def download(zip_basename, submissions):
    return {"name": zip_basename, "files": [s.body for s in submissions]}


def delete_collection(source):
    """Deletes a source and everything it sent, all of which is newer than the source."""
    AgentOutput.query.filter(AgentOutput.lead_id == source.id, AgentOutput.created_at >= source.created_at).delete(synchronize_session=False)  # expect: prunes [sa71k]
    Lead.query.filter(Lead.id == source.id, Lead.created_at == source.created_at).delete(synchronize_session=False)  # expect: prunes [sa71l]
    db.session.commit()


def purge_deleted_sources():
    """Deletes the sources marked deleted, oldest first."""
    sources = deleted_sources().order_by(Lead.created_at).all()  # expect: scans-all [sa71j] cross
    for source in sources:
        delete_collection(source)
