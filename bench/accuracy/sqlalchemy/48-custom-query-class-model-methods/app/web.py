from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, g, redirect, render_template, session, url_for

from app.forms import EditLeadForm
from app.models import Campaign, Lead, db

main = Blueprint("main", __name__)


@main.url_value_preprocessor
def pull_campaign(endpoint, values):
    if not values or "campaign_id" not in values:
        return
    campaign = Campaign.query.get_for_owner(values.pop("campaign_id"), session["user_id"])
    if campaign is None:
        abort(404)
    g.campaign = campaign


@main.route("/<int:campaign_id>/")
def list_leads():
    leads = g.campaign.get_leads().paginate(per_page=100, error_out=True)  # expect: scans-all [sa48g] cross
    return render_template("list_leads.html", leads=leads, campaign=g.campaign)


@main.route("/<int:campaign_id>/recent")
def recent_leads():
    since = datetime.now(timezone.utc) - timedelta(days=30)
    leads = g.campaign.get_leads_since(since).all()  # expect: prunes [sa48h] cross
    return render_template("list_leads.html", leads=leads, campaign=g.campaign)


@main.route("/<int:campaign_id>/edit/<int:lead_id>", methods=["GET", "POST"])
def edit_lead(lead_id):
    lead = Lead.query.get(g.campaign, lead_id)
    if not lead:
        abort(404)
    form = EditLeadForm(obj=lead)
    if form.validate_on_submit():
        form.populate_obj(lead)
        db.session.commit()  # expect: prunes [sa48j]
        return redirect(url_for(".list_leads"))
    outputs = lead.get_outputs().limit(20).all()  # expect: prunes [sa48m] cross
    return render_template("edit_lead.html", form=form, lead=lead, outputs=outputs)


@main.route("/<int:campaign_id>/delete/<int:lead_id>", methods=["POST"])
def delete_lead(lead_id):
    lead = Lead.query.delete(g.campaign, lead_id)
    if not lead:
        abort(404)
    db.session.commit()  # expect: prunes [sa48l]
    return redirect(url_for(".list_leads"))


@main.route("/<int:campaign_id>/statistics")
def statistics():
    return render_template("statistics.html", months=g.campaign.active_months_range(), monthly=g.campaign.monthly_stats)


@main.route("/<int:campaign_id>/export")
def export():
    return {"leads": g.campaign.get_pretty_leads()}
