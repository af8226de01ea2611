from datetime import datetime
from logging import Logger
from typing import List, Optional, Tuple

from sqlalchemy import asc, desc

from fittrackee import db
from fittrackee.models import Lead


class WorkoutsRefreshService:
    """Recomputes the derived data of the workouts the `ftcli workouts refresh` command selects."""

    def __init__(self, logger: Logger, per_page: int = 10, page: int = 1, order: str = "asc", user_id: Optional[int] = None, date_from: Optional[datetime] = None, date_to: Optional[datetime] = None) -> None:
        self.logger = logger
        self.per_page = per_page
        self.page = page
        self.order = order
        self.user_id = user_id
        self.date_from = date_from
        self.date_to = date_to

    def _get_workouts(self, filters: list) -> Tuple[List[Lead], int]:
        if self.user_id:
            filters.extend([Lead.user_id == self.user_id])
        if self.date_from:
            filters.extend([Lead.created_at >= self.date_from])
        if self.date_to:
            filters.extend([Lead.created_at <= self.date_to])
        workouts_to_refresh = (
            Lead.query.filter(*filters)
            .order_by(asc(Lead.created_at) if self.order == "asc" else desc(Lead.created_at))
            .paginate(page=self.page, per_page=self.per_page, error_out=False)
            .items
        )  # expect: scans-all [sa57o] cross
        return workouts_to_refresh, len(workouts_to_refresh)

    def refresh(self) -> int:
        workouts, total = self._get_workouts([Lead.status != "suspended"])
        for workout in workouts:
            workout.email = workout.email.strip()
        db.session.commit()  # expect: prunes [sa57p] cross
        self.logger.info(f"{total} workouts refreshed")
        return total
