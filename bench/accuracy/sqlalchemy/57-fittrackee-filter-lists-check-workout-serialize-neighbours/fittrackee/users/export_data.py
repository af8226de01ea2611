from typing import Dict, List

from fittrackee.models import Campaign, Lead, User


class UserDataExporter:
    def __init__(self, user: User) -> None:
        self.user = user

    def get_user_workouts_data(self) -> List[Dict]:
        workouts = Lead.query.filter_by(user_id=self.user.id).order_by(Lead.created_at.asc()).all()  # expect: scans-all [sa57q]
        return [{"id": w.id, "title": w.company, "sport": w.status, "workout_date": w.created_at.isoformat()} for w in workouts]

    def get_user_equipments_data(self) -> List[Dict]:
        equipments = Campaign.query.filter_by(user_id=self.user.id).order_by(Campaign.id).all()  # expect: prunes [sa57r]
        return [{"id": e.id, "label": e.name, "is_active": not e.archived} for e in equipments]

    def export_data(self) -> Dict:
        return {"workouts": self.get_user_workouts_data(), "equipments": self.get_user_equipments_data()}
