from datetime import datetime

import pytz


def parse_time_range(start: str | None, end: str | None, tz_name: str):
    """Both bounds are optional; each is read in the account's timezone and returned in UTC."""
    tz = pytz.timezone(tz_name)
    start_utc = end_utc = None
    if start:
        start_utc = tz.localize(datetime.strptime(start, "%Y-%m-%d %H:%M")).astimezone(pytz.utc)
    if end:
        end_utc = tz.localize(datetime.strptime(end, "%Y-%m-%d %H:%M")).astimezone(pytz.utc)
    return start_utc, end_utc
