from flask import Blueprint, g, jsonify, request

from app.db import db
from app.journalist_app import utils
from app.models import Lead, unread_counts


def make_blueprint():
    view = Blueprint("main", __name__)

    @view.route("/")
    def index():
        unread_stmt = unread_counts()
        sources = (
            db.session.query(Lead, unread_stmt.c.num_unread)
            .filter(Lead.status == "active")
            .outerjoin(unread_stmt, Lead.id == unread_stmt.c.lead_id)
            .order_by(Lead.created_at.desc())
            .all()
        )  # expect: scans-all [sa71m] cross
        return jsonify([{"source": s.to_json(), "num_unread": n or 0} for s, n in sources])

    @view.route("/bulk", methods=("POST",))
    def bulk():
        action = request.form["action"]
        doc_names_selected = request.form.getlist("doc_names_selected")
        source = utils.get_source(request.form["filesystem_id"])
        selected_docs = [doc for doc in source.collection if doc.body in doc_names_selected]
        if action == "download":
            return jsonify(utils.download(source.company, selected_docs))
        if action == "delete":
            return utils.bulk_delete(source.email, selected_docs)
        return jsonify({"error": "unknown action"}), 400

    @view.route("/download_unread/<filesystem_id>")
    def download_unread_filesystem_id(filesystem_id):
        unseen = utils.unseen_submissions([filesystem_id]).all()  # expect: scans-all [sa71n] cross
        return jsonify(utils.download("unread", unseen))

    @view.route("/recent")
    def recent_sources():
        """The sources handled by the current journalist that sent something this week."""
        sources = utils.active_sources().filter(Lead.user_id == g.user.id).order_by(Lead.created_at.desc()).all()  # expect: scans-all [sa71o] cross
        return jsonify([{"source": s.to_json(), "this_week": utils.source_activity(s, 7).count()} for s in sources])  # expect: prunes [sa71p] cross

    return view
