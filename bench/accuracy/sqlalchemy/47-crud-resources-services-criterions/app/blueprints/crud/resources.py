from flask_jwt_extended import current_user, jwt_required

from app.blueprints.crud.base import BaseModelResource, BaseModelsResource
from app.models import AgentOutput, Campaign, Lead


class LeadsResource(BaseModelsResource):
    def __init__(self):
        BaseModelsResource.__init__(self, Lead)

    def add_project_permission_filter(self, query):
        return query.filter(Lead.user_id == current_user.id)

    @jwt_required()
    def get(self):
        return super().get()  # expect: scans-all [sa47b] cross


class CampaignsResource(BaseModelsResource):
    def __init__(self):
        BaseModelsResource.__init__(self, Campaign)

    def add_project_permission_filter(self, query):
        return query.filter(Campaign.user_id == current_user.id)

    @jwt_required()
    def get(self):
        return super().get()  # expect: prunes [sa47c] cross


class AgentOutputsResource(BaseModelsResource):
    def __init__(self):
        BaseModelsResource.__init__(self, AgentOutput)

    def add_project_permission_filter(self, query):
        return query.join(Lead, Lead.id == AgentOutput.lead_id).filter(Lead.user_id == current_user.id)

    @jwt_required()
    def get(self):
        return super().get()  # expect: scans-all [sa47n] cross


class LeadResource(BaseModelResource):
    def __init__(self):
        BaseModelResource.__init__(self, Lead)

    @jwt_required()
    def get(self, instance_id):
        return super().get(instance_id)  # expect: scans-all [sa47d] cross
