from datetime import datetime, timedelta, timezone

ONLINE_LAST_MINUTES = 15


def time_diff():
    """The cut-off of "recent": now minus ONLINE_LAST_MINUTES."""
    return datetime.now(timezone.utc) - timedelta(minutes=ONLINE_LAST_MINUTES)


def recent_cutoff(days):
    return datetime.now(timezone.utc) - timedelta(days=days)
