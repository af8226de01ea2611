from flask import current_app
from flask_restx import Namespace, Resource

from app.models import Campaign, Lead
from app.plugins.outputs import get_output_class
from app.utils.dates import recent_filters
from app.utils.helpers.models import build_model_filters
from app.utils.leads import get_campaign_attrs, get_current_campaigns, get_outputs_per_delta
from app.utils.request import validate_args

leads_namespace = Namespace("leads", description="Endpoint to retrieve leads")


@leads_namespace.route("")
class LeadList(Resource):
    @validate_args({"status": (str, None), "campaign_id": (int, None), "days": (int, 30), "q": (str, None), "field": (str, None)}, location="query")
    def get(self, query_args):
        q = query_args.pop("q", None)
        field = str(query_args.pop("field", None))
        days = query_args.pop("days")
        filters = build_model_filters(model=Lead, query=q, field=field, extra_columns={"campaign": Campaign.name})
        leads = Lead.query.filter_by(**query_args).filter(*filters, *recent_filters(Lead, days)).paginate(per_page=50, max_per_page=100, error_out=False)  # expect: prunes [sa46l] cross
        return {
            "meta": {"pagination": {"page": leads.page, "total": leads.total}},
            "data": [{"id": lead.id, "company": lead.company} for lead in leads.items],
        }


@leads_namespace.route("/<int:lead_id>/outputs")
class LeadOutputs(Resource):
    def get(self, lead_id):
        lead = Lead.query.filter_by(id=lead_id).first_or_404()  # expect: scans-all [sa46f]
        freeze = current_app.config.get("FREEZE_AT")
        outputs = lead.outputs_query(admin=False, until=freeze).all()  # expect: prunes [sa46g] cross
        return {"data": [{"id": o.id, "kind": o.kind} for o in outputs], "last_minute": len(get_outputs_per_delta(lead.id))}


@leads_namespace.route("/<int:lead_id>/outputs/<kind>")
class LeadOutputsOfKind(Resource):
    def get(self, lead_id, kind):
        lead = Lead.query.filter_by(id=lead_id).first_or_404()  # expect: scans-all [sa46o]
        output_class = get_output_class(kind)
        return {"kind": output_class.name, "count": output_class.outputs_for(lead).count()}  # expect: prunes [sa46m] cross

    def delete(self, lead_id, kind):
        lead = Lead.query.filter_by(id=lead_id).order_by(Lead.created_at.desc()).first_or_404()  # expect: scans-all [sa46p]
        get_output_class(kind).purge(lead)
        return {"success": True}


@leads_namespace.route("/campaigns")
class MyCampaigns(Resource):
    def get(self):
        return {"data": [{"id": c.id, "name": c.name} for c in get_current_campaigns()]}


@leads_namespace.route("/campaigns/<int:campaign_id>")
class CampaignPublic(Resource):
    def get(self, campaign_id):
        attrs = get_campaign_attrs(campaign_id)
        return {"data": attrs} if attrs else ({"success": False}, 404)
