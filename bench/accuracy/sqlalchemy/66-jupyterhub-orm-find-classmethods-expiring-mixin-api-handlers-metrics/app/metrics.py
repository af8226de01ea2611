from datetime import datetime, timedelta, timezone
from enum import Enum

from sqlalchemy import func

from app.orm import AgentOutput, Campaign


class ActiveUserPeriods(Enum):
    """The periods the active-user gauges are computed for, in days."""

    twenty_four_hours = 1
    seven_days = 7
    thirty_days = 30


def activity_since(db, since):
    return db.query(func.count(func.distinct(AgentOutput.lead_id))).filter(
        AgentOutput.kind == "activity", AgentOutput.created_at >= since
    )


class PeriodicMetricsCollector:
    def __init__(self, db):
        self.db = db
        self.gauges = {}

    def update_active_users(self):
        now = datetime.now(timezone.utc)
        for period in ActiveUserPeriods:
            value = activity_since(self.db, now - timedelta(days=period.value)).scalar()  # expect: prunes [sa66n] cross
            self.gauges[period.name] = value

    def update_running_servers(self):
        self.gauges["running"] = self.db.query(Campaign).filter(Campaign.archived == False).count()  # noqa: E712  # expect: scans-all [sa66o]
