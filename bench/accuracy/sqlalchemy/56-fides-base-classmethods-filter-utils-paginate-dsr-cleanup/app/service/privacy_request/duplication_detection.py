from datetime import datetime, timedelta, timezone

from sqlalchemy import and_
from sqlalchemy.orm import Session

from app.models import AgentOutput, Lead

TIME_WINDOW_DAYS = 30


class DuplicateDetectionService:
    def __init__(self, db: Session):
        self.db = db

    def _create_identity_conditions(self, current_request: Lead) -> list:
        return [Lead.email == current_request.email, Lead.campaign_id == current_request.campaign_id]

    def _create_time_window_condition(self, time_window_days: int):
        cutoff_date = datetime.now(timezone.utc) - timedelta(days=time_window_days)
        return Lead.created_at >= cutoff_date

    def create_duplicate_detection_conditions(self, current_request: Lead) -> list:
        identity_conditions = self._create_identity_conditions(current_request)
        return [*identity_conditions, self._create_time_window_condition(TIME_WINDOW_DAYS)]

    def find_duplicate_privacy_requests(self, current_request: Lead) -> list[Lead]:
        conditions = self.create_duplicate_detection_conditions(current_request)
        query = self.db.query(Lead).filter(and_(*conditions))
        query = query.filter(Lead.id != current_request.id).filter(Lead.status.notin_(["duplicate", "deleted"]))
        return query.all()  # expect: prunes [sa56l] cross

    def mark_as_duplicate(self, request: Lead, message: str) -> None:
        request.update(self.db, data={"status": "duplicate"})
        AgentOutput.create(self.db, data={"lead_id": request.id, "kind": "duplicate", "body": message, "created_at": request.created_at})


def check_for_duplicates(db: Session, privacy_request: Lead) -> None:
    service = DuplicateDetectionService(db)
    duplicates = service.find_duplicate_privacy_requests(privacy_request)
    if duplicates and min(duplicates, key=lambda x: x.created_at).created_at < privacy_request.created_at:
        service.mark_as_duplicate(privacy_request, "An earlier request with the same identity is in progress")
