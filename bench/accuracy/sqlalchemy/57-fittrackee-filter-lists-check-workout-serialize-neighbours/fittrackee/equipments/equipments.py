from typing import Dict

from flask import Blueprint, abort, request

from fittrackee import db
from fittrackee.models import Campaign, User

equipments_blueprint = Blueprint("equipments", __name__)


def get_equipment_or_404(auth_user: User, equipment_id: int) -> Campaign:
    equipment = Campaign.query.filter_by(id=equipment_id, user_id=auth_user.id).first()  # expect: prunes [sa57s]
    if equipment is None:
        abort(404)
    return equipment


@equipments_blueprint.route("/equipments/<int:equipment_id>", methods=["PATCH"])
def update_equipment(auth_user: User, equipment_id: int) -> Dict:
    equipment = get_equipment_or_404(auth_user, equipment_id)
    data = request.get_json()
    if "label" in data:
        equipment.name = data["label"]
    if "is_active" in data:
        equipment.archived = not data["is_active"]
    db.session.commit()  # expect: prunes [sa57t] cross
    return {"status": "success", "data": {"equipments": [{"id": equipment.id, "label": equipment.name}]}}  # expect: prunes [sa57v]
