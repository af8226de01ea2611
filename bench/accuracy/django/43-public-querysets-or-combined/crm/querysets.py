from datetime import timedelta

from django.apps import apps
from django.db import models
from django.db.models import Q
from django.utils import timezone

PUBLIC_STATUSES = ("qualified", "won")
FINISHED_STATUSES = ("won", "lost", "archived")


class LeadQuerySet(models.QuerySet):
    """Leads take into account the sharing of their campaign."""

    def _add_from_user_campaigns(self, queryset, user):
        # Leads of the user's own campaigns are visible whatever their status.
        if user and user.is_authenticated:
            Campaign = apps.get_model("crm", "Campaign")
            campaigns_pk = Campaign.objects.filter(user=user, archived=False).values_list("pk", flat=True)
            user_queryset = self.filter(campaign__in=campaigns_pk)
            queryset = user_queryset | queryset
        return queryset

    def public(self, user=None, only_recent=True):
        queryset = self.filter(status__in=PUBLIC_STATUSES)
        if user:
            if user.is_superuser:
                queryset = self.all()
            else:
                queryset = self._add_from_user_campaigns(queryset, user)
        if only_recent:
            queryset = queryset.filter(created_at__gte=timezone.now() - timedelta(days=90))
        return queryset.distinct()

    def api(self, user=None):
        return self.public(user, only_recent=False)

    def api_v2(self, *args, **kwargs):
        # Kept apart so the commercial edition can narrow it further.
        return self.api(*args, **kwargs)

    def concurrent(self, user):
        """Whether the user reached the limit of leads being enriched at once: (reached, running, limit)."""
        query = Q(user=user)
        if getattr(user, "team_owner_id", None):
            query |= Q(user_id=user.team_owner_id)
        # Enrichment never runs longer than five hours; older leads are not counted.
        query &= Q(created_at__gt=timezone.now() - timedelta(hours=5))
        running = self.filter(query).exclude(status__in=FINISHED_STATUSES).distinct().count()  # expect: prunes [dj43c]
        limit = 4 if user.is_staff else 2
        return running >= limit, running, limit
