from datetime import datetime
from typing import Dict, Optional, Tuple
from zoneinfo import ZoneInfo


def get_workout_datetime(workout_date: str, user_timezone: Optional[str], date_str_format: str = "%Y-%m-%d %H:%M:%S") -> datetime:
    naive = datetime.strptime(workout_date, date_str_format)
    return naive.replace(tzinfo=ZoneInfo(user_timezone or "UTC"))


def get_datetime_from_request_args(params: Dict, user_timezone: Optional[str] = None) -> Tuple[Optional[datetime], Optional[datetime]]:
    date_from = None
    date_to = None
    date_from_str = params.get("from")
    if date_from_str:
        date_from = get_workout_datetime(date_from_str, user_timezone, "%Y-%m-%d")
    date_to_str = params.get("to")
    if date_to_str:
        date_to = get_workout_datetime(f"{date_to_str} 23:59:59", user_timezone)
    return date_from, date_to
