from flask import Blueprint, g
from flask_restful import Api, Resource

from app.campaigns import service as campaign_service
from app.common.utils import paginated_parser
from app.leads import service

mod = Blueprint("leads", __name__)
api = Api(mod)


class AuthenticatedResource(Resource):
    method_decorators = []


class LeadsList(AuthenticatedResource):
    def get(self):
        parser = paginated_parser.copy()
        parser.add_argument("showArchived", type=int, location="args")
        args = parser.parse_args()
        args["user"] = g.current_user
        return service.render(args)  # expect: scans-all [sa45d] cross


class LeadsRecent(AuthenticatedResource):
    def get(self):
        args = paginated_parser.copy().parse_args()
        return service.render_recent(args)  # expect: prunes [sa45e] cross


class Leads(AuthenticatedResource):
    def get(self, lead_id):
        lead = service.get(lead_id)  # expect: scans-all [sa45a] cross
        if not lead:
            return {"message": "lead not found"}, 404
        return {"id": lead.id, "company": lead.company, "outputs": [o.id for o in service.get_outputs(lead)]}

    def delete(self, lead_id):
        service.delete(lead_id)
        return "", 204


class LeadsByEmail(AuthenticatedResource):
    def get(self, email):
        lead = service.get_by_email(email)  # expect: scans-all [sa45b] cross
        return {"id": lead.id} if lead else ({"message": "lead not found"}, 404)


class OwnerCampaigns(AuthenticatedResource):
    def get(self):
        return [{"id": c.id, "name": c.name} for c in campaign_service.get_active_by_owner(g.current_user.id)]


api.add_resource(LeadsList, "/leads", endpoint="leads")
api.add_resource(LeadsRecent, "/leads/recent", endpoint="recentLeads")
api.add_resource(Leads, "/leads/<int:lead_id>", endpoint="lead")
api.add_resource(LeadsByEmail, "/leads/email/<email>", endpoint="leadByEmail")
api.add_resource(OwnerCampaigns, "/campaigns/mine", endpoint="ownerCampaigns")
