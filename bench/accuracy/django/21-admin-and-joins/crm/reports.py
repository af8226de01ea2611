from django.db.models import Count

from .models import Lead


def top_companies():
    return list(Lead.objects.filter(status="new").values("company").annotate(n=Count("id")).order_by("-n")[:10])  # expect: scans-all [dj21a]


def recent_with_campaigns(since):
    return list(Lead.objects.filter(created_at__gte=since).select_related("campaign"))  # expect: scans-all [dj21b]
