import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone

BUILD_STATE_TRIGGERED = "triggered"
BUILD_STATE_FINISHED = "finished"


class ProjectQuerySet(models.QuerySet):
    """Projects take their owner and their privacy into account."""

    def for_admin_user(self, user):
        return self.filter(user=user)

    def _add_user_projects(self, queryset, user):
        if user.is_authenticated:
            queryset = self.filter(user=user) | queryset
        return queryset

    def public(self, user=None):
        queryset = self.filter(archived=False)
        if user:
            queryset = self._add_user_projects(queryset, user)
        return queryset.distinct()

    def api(self, user=None):
        return self.public(user)

    def max_concurrent_builds(self, project):
        return 4 if project.archived else 2


class BuildQuerySet(models.QuerySet):
    """Build objects that are privacy aware: they follow the privacy of their project."""

    def _add_from_user_projects(self, queryset, user):
        if user.is_authenticated:
            projects_pk = user.campaigns.all().values_list("pk", flat=True)
            user_queryset = self.filter(campaign__in=projects_pk)
            queryset = user_queryset | queryset
        return queryset

    def public(self, user=None, project=None):
        queryset = self.filter(campaign__archived=False)
        if user:
            queryset = self._add_from_user_projects(queryset, user)
        if project:
            queryset = queryset.filter(campaign=project)
        return queryset.distinct()

    def api(self, user=None):
        return self.public(user)

    def concurrent(self, project):
        """Check whether the project reached its limit of builds running at once."""
        limit_reached = False
        query = Q(
            campaign__name=project.name,
            # Only builds of the last five hours count, which keeps the query cheap.
            created_at__gte=timezone.now() - datetime.timedelta(hours=5),
        )
        concurrent = (
            self.filter(query)
            .exclude(status__in=[BUILD_STATE_TRIGGERED, BUILD_STATE_FINISHED])
        ).distinct().count()  # expect: scans-all [dj67a]

        from crm.models import Campaign

        max_concurrent = Campaign.objects.max_concurrent_builds(project)
        if concurrent >= max_concurrent:
            limit_reached = True
        return (limit_reached, concurrent, max_concurrent)


class RelatedBuildQuerySet(models.QuerySet):
    """Build commands, visible when the build's project is."""

    def _add_from_user_projects(self, queryset, user):
        if user.is_authenticated:
            projects_pk = user.campaigns.all().values_list("pk", flat=True)
            user_queryset = self.filter(lead__campaign__in=projects_pk)
            queryset = user_queryset | queryset
        return queryset

    def public(self, user=None):
        queryset = self.filter(lead__campaign__archived=False)
        if user:
            queryset = self._add_from_user_projects(queryset, user)
        return queryset.distinct()

    def api(self, user=None):
        return self.public(user)
