from datetime import timedelta


def apply_date_range(queryset, date_from=None, date_to=None):
    # date_to is inclusive in the form: everything before the next midnight.
    if date_from:
        queryset = queryset.filter(created_at__gte=date_from)
    if date_to:
        queryset = queryset.filter(created_at__lt=date_to + timedelta(days=1))
    return queryset
