from flask_restx import Namespace, Resource

from app.models import AgentOutput, db
from app.utils.leads import get_recent_lead_counts

statistics_namespace = Namespace("statistics", description="Endpoint to retrieve statistics")


@statistics_namespace.route("/outputs/<column>")
class OutputPropertyCounts(Resource):
    def get(self, column):
        if column in AgentOutput.__table__.columns.keys():
            prop = getattr(AgentOutput, column)
            data = AgentOutput.query.with_entities(prop, db.func.count(prop)).group_by(prop).all()  # expect: scans-all [sa46h]
            return {"success": True, "data": dict(data)}
        return {"success": False, "errors": "That could not be found"}, 404


@statistics_namespace.route("/leads/recent")
class RecentLeadCounts(Resource):
    def get(self):
        return {"success": True, "data": get_recent_lead_counts()}
