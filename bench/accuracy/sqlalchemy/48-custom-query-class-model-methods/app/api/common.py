from functools import wraps

from flask import current_app, request
from flask_restful import Resource, abort

from app.models import Campaign


def need_auth(f):
    """The campaign of the URL, owned by the user of the API token."""

    @wraps(f)
    def wrapper(*args, **kwargs):
        user_id = current_app.config["API_TOKENS"].get(request.headers.get("Authorization", ""))
        campaign_id = kwargs.pop("campaign_id")
        campaign = Campaign.query.get_for_owner(campaign_id, user_id) if user_id else None
        if campaign is None:
            abort(401)
        return f(*args, campaign=campaign, **kwargs)

    return wrapper


class LeadsHandler(Resource):
    method_decorators = [need_auth]

    def get(self, campaign):
        return [lead._to_serialize for lead in campaign.get_leads().all()]  # expect: scans-all [sa48o] cross


class CampaignStatsHandler(Resource):
    method_decorators = [need_auth]

    def get(self, campaign):
        return {"has_leads": campaign.has_leads(), "monthly": campaign.monthly_stats}
