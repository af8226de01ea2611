from datetime import timedelta

from django.db import models
from django.db.models import Count
from django.db.models.functions import TruncDay
from django.utils import timezone


class ChangeQuerySet(models.QuerySet):
    def content(self, prefetch=False):
        """Return queryset with content changes."""
        base = self.filter(kind__in=["content", "suggestion", "approve"])
        if prefetch:
            base = base.prefetch()
        return base

    def prefetch(self):
        return self.select_related("lead", "lead__campaign")

    def last_changes(self, user):
        """The changes of the projects the user may see, newest first."""
        return self.prefetch().filter(lead__campaign__in=user.allowed_campaigns).order_by("-created_at")

    def recent(self, *, count=10):
        return self[:count]

    def authors_list(self, date_range=None):
        base = self.exclude(body__isnull=True)
        if date_range is not None:
            base = base.filter(created_at__range=date_range)
        return base.values_list("body", flat=True).distinct()

    def count_stats(self, days: int, step: int, dtstart):
        """Count changes per day between dtstart and dtstart + days."""
        dtend = dtstart + timedelta(days=days)
        rows = (
            self.filter(created_at__range=(dtstart, dtend))
            .annotate(day=TruncDay("created_at"))
            .values("day")
            .annotate(n=Count("id"))
            .order_by("day")
        )
        return [(row["day"], row["n"]) for row in rows]  # expect: prunes [dj56f] cross

    def base_stats(self, days: int, step: int, lead=None):
        dtstart = timezone.now() - timedelta(days=days)
        base = self.all()
        if lead is not None:
            base = base.filter(lead=lead)
        return base.count_stats(days, step, dtstart)
