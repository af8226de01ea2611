from datetime import datetime, timezone


def in_month(qs, year, month):
    start = datetime(year, month, 1, tzinfo=timezone.utc)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=timezone.utc)
    return qs.filter(created_at__gte=start, created_at__lt=end)


def with_status(qs, status):
    return qs.filter(status=status).order_by("-id")
