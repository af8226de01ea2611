from datetime import datetime, timedelta, timezone
from typing import Optional


def epoch_to_datetime(value: Optional[int]) -> Optional[datetime]:
    """The analytics endpoints take epoch seconds; None stays None (no bound)."""
    if value is None:
        return None
    return datetime.fromtimestamp(value, tz=timezone.utc)


def window_for_days(days: int) -> tuple[datetime, datetime]:
    end = datetime.now(timezone.utc)
    return end - timedelta(days=days), end
