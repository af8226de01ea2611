from flask import abort, redirect, render_template, request, url_for
from flask.views import MethodView
from flask_login import current_user, login_required

from app.extensions import db
from app.forum.forms import LeadForm
from app.forum.models import AgentOutput, Campaign, Lead
from app.utils.helpers import recent_cutoff, time_diff
from app.utils.queries import first_or_404, hidden, paginate


class Dashboard(MethodView):
    decorators = [login_required]

    def get(self):
        lead_count = db.session.scalar(db.select(db.func.count(Lead.id)))  # expect: scans-all [sa51a]
        recent_outputs = db.session.scalar(db.select(db.func.count(AgentOutput.id)).where(AgentOutput.created_at >= time_diff()))  # expect: prunes [sa51b]
        newest_lead = db.session.scalar(db.select(Lead).order_by(Lead.id.desc()))  # expect: scans-all [sa51c]
        campaigns = Campaign.get_all(Campaign.user_id == current_user.id)  # expect: prunes [sa51d] cross
        my_recent = Lead.count(Lead.user_id == current_user.id, Lead.created_at >= recent_cutoff(30))  # expect: prunes [sa51r] cross
        return render_template("dashboard.html", lead_count=lead_count, recent_outputs=recent_outputs, newest_lead=newest_lead, campaigns=campaigns, my_recent=my_recent)


class ViewLead(MethodView):
    decorators = [login_required]

    def get(self, lead_id):
        page = request.args.get("page", 1, type=int)
        lead = Lead.get_lead(lead_id=lead_id, user=current_user)
        if lead is None:
            abort(404)
        stmt = db.select(AgentOutput).where(AgentOutput.lead_id == lead.id, AgentOutput.created_at >= lead.created_at).order_by(AgentOutput.id.asc())
        outputs = paginate(hidden(stmt), page=page, per_page=20)  # expect: prunes [sa51f] cross
        return render_template("lead.html", lead=lead, outputs=outputs)


class ViewOutput(MethodView):
    decorators = [login_required]

    def get(self, output_id):
        output = first_or_404(db.select(AgentOutput).where(AgentOutput.id == output_id), True)  # expect: scans-all [sa51g] cross
        return redirect(url_for("forum.view_lead", lead_id=output.lead_id))


class EditLead(MethodView):
    decorators = [login_required]

    def get(self, lead_id):
        lead = first_or_404(db.select(Lead).where(Lead.id == lead_id), True)  # expect: scans-all [sa51h] cross
        return render_template("edit_lead.html", form=LeadForm(obj=lead), lead=lead)

    def post(self, lead_id):
        lead = first_or_404(db.select(Lead).where(Lead.id == lead_id, Lead.created_at == request.form["created_at"]), True)  # expect: prunes [sa51i] cross
        form = LeadForm()
        if form.validate_on_submit():
            form.populate_obj(lead)
            lead.save()  # expect: prunes [sa51j] cross
            return redirect(url_for("forum.view_lead", lead_id=lead.id))
        return render_template("edit_lead.html", form=form, lead=lead)


class ViewCampaign(MethodView):
    decorators = [login_required]

    def get(self, campaign_id):
        campaign = first_or_404(db.select(Campaign).where(Campaign.id == campaign_id, Campaign.user_id == current_user.id))  # expect: prunes [sa51m] cross
        stmt = db.select(Lead).where(Lead.campaign_id == campaign.id).order_by(Lead.created_at.desc())
        leads = paginate(hidden(stmt), per_page=30)  # expect: scans-all [sa51n] cross
        return render_template("campaign.html", campaign=campaign, leads=leads)

    def post(self, campaign_id):
        ids = request.form.getlist("rowid")
        leads = db.session.execute(db.select(Lead).where(Lead.id.in_(ids))).scalars().all()  # expect: scans-all [sa51k]
        for lead in leads:
            if request.form.get("action") == "hide":
                lead.hide(current_user)
        return redirect(url_for("forum.view_campaign", campaign_id=campaign_id))


class DeleteLead(MethodView):
    decorators = [login_required]

    def post(self, lead_id):
        lead = Lead.get_lead(lead_id=lead_id, user=current_user)
        if lead is None:
            abort(404)
        lead.delete()
        return redirect(url_for("forum.dashboard"))


class NewOutput(MethodView):
    decorators = [login_required]

    def post(self, lead_id):
        lead = Lead.get_lead(lead_id=lead_id, user=current_user)
        if lead is None:
            abort(404)
        AgentOutput(lead_id=lead.id, kind=request.form["kind"], body=request.form.get("body"), created_at=lead.created_at).save()
        lead.recalculate()
        return redirect(url_for("forum.view_lead", lead_id=lead.id))
