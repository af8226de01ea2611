from flask import Blueprint
from flask_restx import Api

from app.api.v1.leads import leads_namespace
from app.api.v1.outputs import outputs_namespace
from app.api.v1.statistics import statistics_namespace

api = Blueprint("api", __name__, url_prefix="/api/v1")
restx = Api(api, version="v1", doc=False)
restx.add_namespace(leads_namespace, "/leads")
restx.add_namespace(outputs_namespace, "/outputs")
restx.add_namespace(statistics_namespace, "/statistics")
