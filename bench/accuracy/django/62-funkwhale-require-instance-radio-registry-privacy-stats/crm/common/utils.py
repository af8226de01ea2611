from datetime import datetime, timezone


def in_month(queryset, year, month):
    start = datetime(year, month, 1, tzinfo=timezone.utc)
    end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=timezone.utc)
    return queryset.filter(created_at__gte=start, created_at__lt=end)
