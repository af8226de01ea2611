from flask import request
from flask.views import MethodView
from flask_jwt_extended import current_user, jwt_required

from app.models import Lead
from app.services import leads_service
from app.utils import query as query_utils
from app.utils.args import ArgsMixin


class LeadOutputsResource(MethodView, ArgsMixin):
    @jwt_required()
    def get(self, lead_id):
        after = self.get_text_parameter("after")
        before = self.get_text_parameter("before")
        return leads_service.get_outputs_for_lead(lead_id, kind=self.get_text_parameter("kind"), after=after, before=before)


class LeadRecentOutputsResource(MethodView, ArgsMixin):
    @jwt_required()
    def get(self, lead_id):
        lead = leads_service.get_lead_raw(lead_id)
        return leads_service.get_outputs_since_creation(lead)  # expect: prunes [sa47g] cross


class LastOutputsResource(MethodView, ArgsMixin):
    @jwt_required()
    def get(self):
        after = self.get_date_parameter("after", default_days=30)
        before = self.get_date_parameter("before")
        return leads_service.get_last_outputs(page=max(self.get_page(), 1), limit=self.get_limit(), kind=self.get_text_parameter("kind"), after=after, before=before)


class CampaignResource(MethodView, ArgsMixin):
    @jwt_required()
    def get(self, campaign_id):
        return leads_service.get_campaign(campaign_id, current_user.id)


class CampaignLeadsResource(MethodView, ArgsMixin):
    @jwt_required()
    def get(self, campaign_id):
        cursor_created_at = self.get_text_parameter("cursor_created_at", "2025-07-01T00:00:00+00:00")
        query = Lead.query.filter(Lead.campaign_id == campaign_id)
        return query_utils.get_cursor_results(Lead, query, cursor_created_at, limit=self.get_limit())


class LeadStatusResource(MethodView, ArgsMixin):
    @jwt_required()
    def put(self, lead_id):
        data = request.get_json()
        return leads_service.update_lead_status(lead_id, data["created_at"], data["status"])


class DashboardResource(MethodView, ArgsMixin):
    @jwt_required()
    def get(self):
        return {"new_leads": leads_service.count_new_leads(current_user.id), "campaigns": leads_service.get_active_campaigns(current_user.id)}
