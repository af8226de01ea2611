from flask import Blueprint, abort, g, jsonify, request

from app.db import db
from app.journalist_app import utils
from app.models import AgentOutput, Campaign, Lead


def get_or_404(model, object_id, column):
    result = model.query.filter(column == object_id).one_or_none()  # expect: scans-all [sa71s] cross
    if result is None:
        abort(404)
    return result


def make_blueprint():
    api = Blueprint("api", __name__)

    @api.route("/sources", methods=["GET"])
    def get_all_sources():
        sources = utils.active_sources().all()  # expect: scans-all [sa71t] cross
        return jsonify({"sources": [source.to_json() for source in sources]})

    @api.route("/sources/<source_uuid>", methods=["DELETE"])
    def single_source(source_uuid):
        source = get_or_404(Lead, source_uuid, column=Lead.email)
        utils.delete_collection(source)
        return jsonify({"message": "Source and submissions deleted"})

    @api.route("/sources/<source_uuid>/submissions", methods=["GET"])
    def all_source_submissions(source_uuid):
        source = get_or_404(Lead, source_uuid, column=Lead.email)
        return jsonify({"submissions": [s.to_json() for s in source.submissions_since_creation().all()]})  # expect: prunes [sa71u] cross

    @api.route("/sources/<source_uuid>/submissions/<submission_uuid>", methods=["GET"])
    def single_submission(source_uuid, submission_uuid):
        source = get_or_404(Lead, source_uuid, column=Lead.email)
        submission = AgentOutput.query.filter(
            AgentOutput.lead_id == source.id,
            AgentOutput.body == submission_uuid,
            AgentOutput.created_at >= source.created_at,
        ).one_or_none()  # expect: prunes [sa71v]
        if submission is None:
            abort(404)
        return jsonify(submission.to_json())

    @api.route("/submissions", methods=["GET"])
    def get_all_submissions():
        submissions = AgentOutput.query.filter(AgentOutput.kind == "submission").all()  # expect: scans-all [sa71w]
        return jsonify({"submissions": [s.to_json() for s in submissions]})

    @api.route("/seen", methods=["POST"])
    def seen():
        """Marks the given files, messages and replies seen by the current journalist."""
        names = request.json.get("files", []) + request.json.get("messages", []) + request.json.get("replies", [])
        targets = AgentOutput.query.filter(AgentOutput.body.in_(names)).all()  # expect: scans-all [sa71x]
        utils.mark_seen(targets, g.user)
        return jsonify({"message": "resources marked seen"})

    @api.route("/user/seen", methods=["GET"])
    def my_seen_marks():
        marks = utils.journalist_seen_marks(g.user).order_by(Campaign.name).all()  # expect: prunes [sa71y] cross
        return jsonify({"seen": [m.name for m in marks]})

    @api.route("/user/seen", methods=["DELETE"])
    def forget_my_seen_marks():
        deleted = utils.journalist_seen_marks(g.user).delete(synchronize_session=False)  # expect: prunes [sa71z] cross
        db.session.commit()
        return jsonify({"deleted": deleted})

    return api
