from flask import Blueprint, jsonify, session

from app.db import db
from app.models import AgentOutput
from app.source_user import SourceUser


def get_logged_in_user():
    return SourceUser(session["db_record_id"], session["filesystem_id"])


def make_blueprint():
    view = Blueprint("main", __name__)

    @view.route("/lookup")
    def lookup():
        """The replies journalists sent to the logged-in source."""
        source = get_logged_in_user().get_db_record()
        replies = source.replies().order_by(AgentOutput.created_at.desc()).all()  # expect: scans-all [sa71ab] cross
        return jsonify({"replies": [r.body for r in replies], "submissions": source.documents_messages_count()})

    @view.route("/delete-all", methods=("POST",))
    def batch_delete():
        """Deletes every reply the source has read: they are newer than the source itself."""
        source = get_logged_in_user().get_db_record()
        source.replies().filter(AgentOutput.created_at >= source.created_at).delete(synchronize_session=False)  # expect: prunes [sa71ac] cross
        db.session.commit()
        return jsonify({"message": "All replies have been deleted"})

    return view
