from datetime import date, datetime, timedelta, timezone

from flask import Blueprint, render_template, request
from flask_login import current_user, login_required

from app.extensions import db
from app.leads import queries
from app.models import AgentOutput, Lead

bp = Blueprint("leads", __name__, url_prefix="/leads")


@bp.get("/")
@login_required
def index():
    page = request.args.get("page", 1, type=int)
    pagination = db.paginate(queries.user_leads(current_user.id, request.args.get("status")), page=page, per_page=50)  # expect: scans-all [sa30a] cross
    return render_template("leads/index.html", pagination=pagination)


@bp.get("/this-month")
@login_required
def this_month():
    leads = db.session.scalars(Lead.in_month(current_user.id, *queries.month_bounds(date.today()))).all()  # expect: prunes [sa30b] cross
    return render_template("leads/month.html", leads=leads)


@bp.get("/<int:lead_id>")
@login_required
def show(lead_id):
    lead = Lead.query.filter_by(id=lead_id).first_or_404()  # expect: scans-all [sa30c]
    n_outputs = db.session.execute(
        db.select(db.func.count(AgentOutput.id)).where(AgentOutput.lead_id == lead.id, AgentOutput.created_at >= lead.created_at)
    ).scalar()  # expect: prunes [sa30d]
    return render_template("leads/show.html", lead=lead, n_outputs=n_outputs)


@bp.get("/fresh")
@login_required
def fresh():
    since = datetime.now(timezone.utc) - timedelta(days=7)
    stmt = queries.user_leads(current_user.id).where(Lead.created_at >= since)
    return render_template("leads/fresh.html", pagination=db.paginate(stmt, per_page=20))  # expect: prunes [sa30e] cross
