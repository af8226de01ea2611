from flask import Blueprint, render_template
from flask_login import current_user, login_required

from app.lib.utils import recent_cutoff
from app.models import AgentOutput, Campaign, Lead, db

dashboard_bp = Blueprint("dashboard", __name__, url_prefix="/dashboard")


@dashboard_bp.route("/", methods=["GET"])
@login_required
def dashboard():
    lead_count = Lead.query.filter(Lead.user_id == current_user.id).count()  # expect: scans-all [sa49m]
    recent_outputs = AgentOutput.query.filter(AgentOutput.created_at >= recent_cutoff()).order_by(AgentOutput.created_at.desc()).limit(4).all()  # expect: prunes [sa49n]
    campaigns = Campaign().get_campaigns_of(current_user.id)
    per_campaign = dict(
        db.session.query(Lead.campaign_id, db.func.count(Lead.id))
        .filter(Lead.campaign_id.in_([c.id for c in campaigns]), Lead.created_at >= recent_cutoff(30))
        .group_by(Lead.campaign_id)
        .all()  # expect: prunes [sa49p]
    )
    leads = current_user.get_user_leads()
    return render_template("dashboard.html", lead_count=lead_count, recent=recent_outputs, campaigns=campaigns, per_campaign=per_campaign, leads=leads)
