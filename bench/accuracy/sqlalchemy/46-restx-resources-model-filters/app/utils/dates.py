import datetime


def recent_filters(model, days):
    """A created_at window ending now, as clauses for `.filter(*…)`."""
    since = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=days)
    return [model.created_at >= since]
