from datetime import timedelta
from typing import Dict, Tuple

from flask import Blueprint, request
from sqlalchemy.orm import Query

from fittrackee import db
from fittrackee.models import AgentOutput, Campaign, Lead, User
from fittrackee.workouts.decorators import check_workout
from fittrackee.workouts.utils.workouts import get_datetime_from_request_args

workouts_blueprint = Blueprint("workouts", __name__)

DEFAULT_WORKOUTS_PER_PAGE = 5
MAX_WORKOUTS_PER_PAGE = 100


def get_user_workouts_query(auth_user: User, params: Dict) -> Tuple[Query, int, int]:
    page = int(params.get("page", 1))
    date_from, date_to = get_datetime_from_request_args(params)
    order_by = params.get("order_by", "created_at")
    workout_column = getattr(Lead, order_by)
    order = params.get("order", "desc")
    sport = params.get("sport")
    title = params.get("title")
    if "equipment_id" in params:
        equipment = Campaign.query.filter_by(id=int(params["equipment_id"]), user_id=auth_user.id).first()  # expect: prunes [sa57d]
        equipment_id = equipment.id if equipment else 0
    else:
        equipment_id = None
    per_page = min(int(params.get("per_page", DEFAULT_WORKOUTS_PER_PAGE)), MAX_WORKOUTS_PER_PAGE)

    filters = [Lead.user_id == auth_user.id, Lead.status != "suspended"]
    if sport:
        filters.append(Lead.status == sport)
    if title:
        filters.append(Lead.company.ilike(f"%{title}%"))
    if date_from:
        filters.append(Lead.created_at >= date_from)
    if date_to:
        filters.append(Lead.created_at < date_to + timedelta(seconds=1))
    if equipment_id is not None:
        filters.append(Lead.campaign_id == equipment_id)

    workouts_query = Lead.query.filter(*filters).order_by(workout_column.asc() if order == "asc" else workout_column.desc(), Lead.id)
    return workouts_query, page, per_page


@workouts_blueprint.route("/workouts", methods=["GET"])
def get_workouts(auth_user: User) -> Dict:
    params = request.args.copy()
    workouts_query, page, per_page = get_user_workouts_query(auth_user, params)
    workouts_pagination = workouts_query.paginate(page=page, per_page=per_page, error_out=False)  # expect: scans-all [sa57e] cross
    return {
        "status": "success",
        "data": {"workouts": [w.serialize(auth_user) for w in workouts_pagination.items]},
        "pagination": {"page": page, "pages": workouts_pagination.pages, "total": workouts_pagination.total},
    }


@workouts_blueprint.route("/workouts/<string:workout_short_id>", methods=["GET"])
@check_workout(only_owner=False)
def get_workout(auth_user: User, workout: Lead) -> Dict:
    return {"status": "success", "data": {"workouts": [workout.serialize(auth_user, request.args.copy())]}}


@workouts_blueprint.route("/workouts/<string:workout_short_id>", methods=["PATCH"])
@check_workout()
def update_workout(auth_user: User, workout: Lead) -> Dict:
    data = request.get_json()
    if data.get("title") is not None:
        workout.company = data["title"][:255]
    if data.get("notes") is not None:
        workout.email = data["notes"]
    db.session.commit()  # expect: prunes [sa57f] cross
    return {"status": "success", "data": {"workouts": [workout.serialize(auth_user)]}}


@workouts_blueprint.route("/workouts/<string:workout_short_id>", methods=["DELETE"])
@check_workout()
def delete_workout(auth_user: User, workout: Lead) -> Tuple[Dict, int]:
    db.session.delete(workout)
    db.session.commit()  # expect: scans-all [sa57g] cross
    return {"status": "no content"}, 204


@workouts_blueprint.route("/workouts/<string:workout_short_id>/like/undo", methods=["POST"])
@check_workout(only_owner=False)
def undo_workout_like(auth_user: User, workout: Lead) -> Dict:
    like = AgentOutput.query.filter_by(lead_id=workout.id, kind="like", body=str(auth_user.id)).first()  # expect: scans-all [sa57h]
    if like:
        db.session.delete(like)
        db.session.commit()  # expect: prunes [sa57i]
    return {"status": "success", "data": {"workouts": [workout.serialize(auth_user)]}}


@workouts_blueprint.route("/workouts/<string:workout_short_id>/likes", methods=["GET"])
@check_workout(only_owner=False)
def get_workout_likes(auth_user: User, workout: Lead) -> Dict:
    page = int(request.args.get("page", 1))
    likes_pagination = (
        AgentOutput.query.filter(AgentOutput.lead_id == workout.id, AgentOutput.kind == "like")
        .order_by(AgentOutput.created_at.desc())
        .paginate(page=page, per_page=10, error_out=False)
    )  # expect: scans-all [sa57j]
    return {"status": "success", "data": {"likes": [like.body for like in likes_pagination.items]}}
