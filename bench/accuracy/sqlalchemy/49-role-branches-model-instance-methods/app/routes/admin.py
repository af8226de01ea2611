import datetime

from flask import Blueprint, jsonify, make_response, render_template, request
from flask_login import current_user, login_required

from app.decorators import admin_role_required
from app.models import AgentOutput, Lead, Setting, db

admin_bp = Blueprint("admin", __name__, url_prefix="/admin")


@admin_bp.route("/history_table", methods=["GET", "POST"])
@login_required
def history_table():
    if request.method == "POST":
        if not current_user.is_admin:
            return make_response(jsonify({"status": "error", "msg": "You do not have permission to remove history."}), 401)
        result = AgentOutput().remove_all()
        return make_response(jsonify({"status": "ok" if result else "error"}), 200 if result else 500)

    lim = int(Setting().get("max_history_records"))

    base_query = AgentOutput.query
    if not current_user.is_admin:
        # Ordinary users only see the outputs of their own leads.
        allowed_lead_id_subquery = db.session.query(Lead.id).filter(Lead.user_id == current_user.id).subquery()
        base_query = base_query.filter(AgentOutput.lead_id.in_(allowed_lead_id_subquery))

    kind = request.args.get("kind_filter") if request.args.get("kind_filter") != None and len(request.args.get("kind_filter")) != 0 else None
    body_text = request.args.get("body_filter") if request.args.get("body_filter") != None and len(request.args.get("body_filter")) != 0 else None
    min_date = request.args.get("min") if request.args.get("min") != None and len(request.args.get("min")) != 0 else None
    if min_date != None:  # one day earlier, for timezone errors
        min_date = str(datetime.datetime.strptime(min_date, "%Y-%m-%d") - datetime.timedelta(days=1))
    max_date = request.args.get("max") if request.args.get("max") != None and len(request.args.get("max")) != 0 else None
    if max_date != None:  # one day later, for timezone errors
        max_date = str(datetime.datetime.strptime(max_date, "%Y-%m-%d") + datetime.timedelta(days=1))

    if kind != None:
        histories = base_query.filter(
            db.and_(
                AgentOutput.kind == kind,
                AgentOutput.created_at <= max_date if max_date != None else True,
                AgentOutput.created_at >= min_date if min_date != None else True,
            )
        ).order_by(AgentOutput.created_at.desc()).limit(lim).all()  # expect: scans-all [sa49b]
    elif min_date != None and current_user.is_admin:
        histories = base_query.filter(
            db.and_(
                AgentOutput.created_at >= min_date,
                AgentOutput.created_at <= max_date if max_date != None else True,
                AgentOutput.body.like(f"%{body_text}%") if body_text != None else True,
            )
        ).order_by(AgentOutput.created_at.desc()).limit(lim).all()  # expect: prunes [sa49c]
    else:  # default view
        histories = base_query.order_by(AgentOutput.created_at.desc()).limit(lim).all()  # expect: scans-all [sa49d]

    return render_template("admin_history_table.html", histories=histories, len_histories=len(histories), lim=lim)


@admin_bp.route("/lead/<int:lead_id>/status", methods=["POST"])
@login_required
@admin_role_required
def set_lead_status(lead_id):
    lead = Lead.query.filter(Lead.id == lead_id, Lead.created_at == request.form["created_at"]).first_or_404()  # expect: prunes [sa49t]
    lead.update_status(request.form["status"])
    return make_response(jsonify({"status": "ok"}), 200)
