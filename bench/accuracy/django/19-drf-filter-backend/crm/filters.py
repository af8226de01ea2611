from datetime import timedelta

from django.utils import timezone
from rest_framework.filters import BaseFilterBackend


class RecentOnlyFilter(BaseFilterBackend):
    """Every list endpoint shows the last 30 days at most (keeps scans on a few partitions)."""

    def filter_queryset(self, request, queryset, view):
        days = min(int(request.query_params.get("days", 30)), 30)
        return queryset.filter(created_at__gte=timezone.now() - timedelta(days=days))
