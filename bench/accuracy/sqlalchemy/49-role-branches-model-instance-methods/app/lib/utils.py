import datetime

from app.models import Setting


def recent_cutoff(days=None):
    days = days or int(Setting().get("dashboard_recent_days"))
    return datetime.datetime.utcnow() - datetime.timedelta(days=days)
