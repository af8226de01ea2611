from datetime import timedelta

from flask import jsonify, request, session
from app.core.db import db
from app.core.util import now_utc
from app.models import AgentOutput, Campaign, Lead
from app.modules.leads.util import count_hidden_leads, get_leads_with_outputs, get_published_leads
from app.web_rh import RH


class RHCampaignBase(RH):
    """Base class for everything under /campaign/<campaign_id>/."""

    def _process_args(self):
        self.campaign = Campaign.get_or_404((request.view_args["campaign_id"], session.user.id))  # expect: prunes [sa50a] cross


class RHManageLeadBase(RHCampaignBase):
    """Base class for a specific lead of the campaign."""

    def _process_args(self):
        RHCampaignBase._process_args(self)
        self.lead = (Lead.query.with_parent(self.campaign, Campaign.leads)
                     .filter(Lead.id == request.view_args["lead_id"], ~Lead.is_deleted)
                     .one())  # expect: scans-all [sa50b] cross


class RHLeadList(RHCampaignBase):
    def _get_since(self):
        since = request.args.get("since")
        return since or None

    def _process(self):
        leads = (Lead.query.with_parent(self.campaign, Campaign.leads)
                 .filter(Lead.is_active, Lead.created_after(self._get_since()))
                 .order_by(Lead.created_at.desc())
                 .all())  # expect: scans-all [sa50c] cross
        return jsonify([{"id": lead.id, "company": lead.company} for lead in leads])


class RHRecentLeads(RHCampaignBase):
    def _process(self):
        since = now_utc() - timedelta(days=7)
        leads = (Lead.query.with_parent(self.campaign, Campaign.leads)
                 .filter(Lead.is_active, Lead.created_after(since))
                 .order_by(Lead.created_at.desc())
                 .limit(50)
                 .all())  # expect: prunes [sa50d] cross
        return jsonify([lead.id for lead in leads])


class RHPublicLeads(RHCampaignBase):
    def _process(self):
        published = get_published_leads(self.campaign, since=now_utc() - timedelta(days=90))  # expect: prunes [sa50f] cross
        return jsonify({"published": [lead.company for lead in published], "hidden": count_hidden_leads(self.campaign)})


class RHLeadsWithOutputs(RHCampaignBase):
    def _process(self):
        return jsonify([lead.id for lead in get_leads_with_outputs(session.user, self.campaign)])


class RHLeadOutputs(RHManageLeadBase):
    def _process(self):
        outputs = self.lead.outputs.filter_by(kind="final").all()  # expect: scans-all [sa50n]
        recent = self.lead.outputs.filter(AgentOutput.created_at >= self.lead.created_at).order_by(AgentOutput.created_at.desc()).limit(10).all()  # expect: prunes [sa50m]
        return jsonify({"final": [o.id for o in outputs], "recent": [o.id for o in recent]})


class RHDeleteLead(RHManageLeadBase):
    def _process(self):
        self.lead.status = "deleted"
        db.session.flush()  # expect: prunes [sa50l]
        return jsonify(success=True)
