import datetime

from flask import Blueprint, g, jsonify, request
from flask_login import current_user, login_required

from app.decorators import can_access_lead
from app.models import AgentOutput, Lead

api_bp = Blueprint("api", __name__, url_prefix="/api/v1")


@api_bp.route("/leads/lookup", methods=["GET"])
@login_required
def lead_lookup():
    return jsonify({"id": Lead().get_id_by_email(request.args["email"])})


@api_bp.route("/leads", methods=["GET"])
@login_required
def api_get_leads():
    return jsonify([{"id": lead.id, "company": lead.company} for lead in current_user.get_user_leads()])


@api_bp.route("/leads/<int:lead_id>/outputs", methods=["GET"])
@login_required
@can_access_lead
def api_lead_outputs(lead_id):
    since = request.args.get("since", default=(datetime.datetime.utcnow() - datetime.timedelta(days=7)).isoformat())
    outputs = AgentOutput.query.filter(AgentOutput.lead_id == lead_id, AgentOutput.created_at >= since).all()  # expect: prunes [sa49q]
    return jsonify([{"id": o.id, "kind": o.kind} for o in outputs])


@api_bp.route("/leads/<int:lead_id>/status", methods=["PUT"])
@login_required
@can_access_lead
def api_lead_status(lead_id):
    g.lead.update_status(request.get_json()["status"])
    return jsonify({"status": "ok"})
