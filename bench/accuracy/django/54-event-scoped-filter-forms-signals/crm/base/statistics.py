from django.db.models import Count

from crm.models import Lead


def order_overview(event, date_from=None, date_until=None):
    """Order counts per status, optionally limited to a date range."""
    qs = Lead.objects.filter(campaign=event)
    if date_from:
        qs = qs.filter(created_at__gte=date_from)
    if date_until:
        qs = qs.filter(created_at__lt=date_until)
    return qs.values("status").annotate(c=Count("id")).order_by("status")
