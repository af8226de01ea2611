from flask import Blueprint, g, redirect, render_template, request, url_for
from flask_login import login_required

from app.decorators import can_access_lead
from app.models import AgentOutput, Lead

lead_bp = Blueprint("lead", __name__, url_prefix="/lead")


@lead_bp.route("/<int:lead_id>/changelog", methods=["GET"])
@login_required
@can_access_lead
def changelog(lead_id):
    histories = AgentOutput.query.filter(AgentOutput.lead_id == lead_id, AgentOutput.created_at >= g.lead.created_at).order_by(AgentOutput.created_at.desc()).all()  # expect: prunes [sa49i]
    return render_template("lead_changelog.html", lead=g.lead, histories=histories)


@lead_bp.route("/<int:lead_id>/remove", methods=["POST"])
@login_required
@can_access_lead
def remove(lead_id):
    g.lead.delete()
    return redirect(url_for("dashboard.dashboard"))


@lead_bp.route("/search", methods=["GET"])
@login_required
def search():
    lead_id = Lead().get_id_by_email(request.args["email"])
    if lead_id is None:
        return render_template("404.html"), 404
    return redirect(url_for("lead.changelog", lead_id=lead_id))
