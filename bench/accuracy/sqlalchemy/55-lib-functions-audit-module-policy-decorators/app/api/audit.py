from datetime import datetime, timezone

from flask import Blueprint, current_app, jsonify, request

from app.api.lib.prepolicy import auditlog_age, prepolicy
from app.lib.audit import get_statistics, parse_timedelta, search

audit_blueprint = Blueprint("audit_blueprint", __name__)


@audit_blueprint.route("/", methods=["GET"])
@prepolicy(auditlog_age, request)
def search_audit():
    audit_dict = search(current_app.config, request.all_data)
    return jsonify(result={"status": True, "value": audit_dict})


@audit_blueprint.route("/statistic", methods=["GET"])
def statistic():
    delta = parse_timedelta(request.all_data.get("timedelta", "7d"))
    stats = get_statistics(current_app.config, start_time=datetime.now(timezone.utc) - delta)
    return jsonify(result={"status": True, "value": len(stats)})
