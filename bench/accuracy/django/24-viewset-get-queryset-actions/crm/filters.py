"""Reusable queryset filters shared by the API and the periodic tasks."""


def filter_by_window(queryset, start, end):
    return queryset.filter(created_at__gte=start, created_at__lt=end)


def filter_by_kind(queryset, kind):
    if kind:
        queryset = queryset.filter(kind=kind)
    return queryset
