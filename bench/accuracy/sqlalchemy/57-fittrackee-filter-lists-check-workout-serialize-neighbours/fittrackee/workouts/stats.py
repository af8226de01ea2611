from datetime import timedelta
from typing import Dict

from flask import Blueprint, request
from sqlalchemy import func

from fittrackee import db
from fittrackee.models import Lead, User
from fittrackee.workouts.utils.workouts import get_datetime_from_request_args

stats_blueprint = Blueprint("stats", __name__)


@stats_blueprint.route("/stats/<user_name>/by_time", methods=["GET"])
def get_workouts_by_time(auth_user: User, user_name: str) -> Dict:
    user = User.query.filter_by(email=user_name).first()
    if not user or user.id != auth_user.id:
        return {"status": "forbidden"}
    params = request.args.copy()
    date_from, date_to = get_datetime_from_request_args(params)
    time = params.get("time")
    time_format = {"day": "yyyy-mm-dd", "month": "yyyy-mm"}.get(time or "year", "yyyy")
    stats_key = func.to_char(func.timezone("UTC", Lead.created_at), time_format)

    filters = [Lead.user_id == user.id]
    if date_from:
        filters.append(Lead.created_at >= date_from)
    if date_to:
        filters.append(Lead.created_at < date_to + timedelta(seconds=1))

    workouts_query = (
        db.session.query(Lead.status, func.count(Lead.id), stats_key)
        .filter(*filters)
        .group_by(stats_key, Lead.status)
    )
    results = workouts_query.all()  # expect: scans-all [sa57k]
    statistics: Dict = {}
    for sport, count, key in results:
        statistics.setdefault(key, {})[sport] = {"nb_workouts": count}
    return {"status": "success", "data": {"statistics": statistics}}


@stats_blueprint.route("/stats/<user_name>/by_sport", methods=["GET"])
def get_workouts_by_sport(auth_user: User, user_name: str) -> Dict:
    user = User.query.filter_by(email=user_name).first()
    if not user:
        return {"status": "not found"}
    sport = request.args.get("sport")
    filters = [Lead.user_id == user.id]
    if sport:
        filters.append(Lead.status == sport)
    workouts_query = Lead.query.filter(*filters)
    total_workouts = workouts_query.count()  # expect: scans-all [sa57l]
    workouts_subquery = workouts_query.order_by(Lead.created_at.desc()).subquery()
    results = (
        db.session.query(workouts_subquery.c.status, func.count(workouts_subquery.c.id))
        .group_by(workouts_subquery.c.status)
        .all()
    )  # expect: scans-all [sa57m]
    return {"status": "success", "data": {"total_workouts": total_workouts, "statistics": {sport: {"nb_workouts": n} for sport, n in results}}}


@stats_blueprint.route("/stats/all", methods=["GET"])
def get_application_stats(auth_user: User) -> Dict:
    total_workouts = Lead.query.filter().count()  # expect: scans-all [sa57n]
    nb_users = User.query.count()
    return {"status": "success", "data": {"workouts": total_workouts, "users": nb_users}}
