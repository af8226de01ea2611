from django.db import models
from django.db.models import Count
from django.utils import timezone

from crm.builds.querysets import BuildQuerySet, ProjectQuerySet, RelatedBuildQuerySet

# Read the Docs in our schema: a project is a Campaign (`name` = slug, `archived` = private);
# a build is a Lead (`company` = version slug, `email` = commit, `status` = state, `created_at` = date);
# a build command result is an AgentOutput (`kind` = command, `body` = output).


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class Campaign(models.Model):
    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        managed = False
        db_table = "campaigns"

    def get_latest_build(self, finished=True):
        kwargs = {"company": "latest"}
        if finished:
            kwargs["status"] = "finished"
        return self.leads.filter(**kwargs).order_by("-created_at").first()  # expect: scans-all [dj67b]


class Lead(models.Model):
    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    objects = BuildQuerySet.as_manager()

    class Meta:
        managed = False
        db_table = "leads"

    @property
    def previous(self):
        """The build of the same version just before this one."""
        date = self.created_at or timezone.now()
        if self.campaign_id is not None and self.company:
            return (
                Lead.objects.filter(
                    campaign=self.campaign_id,
                    company=self.company,
                    created_at__lt=date,
                )
                .order_by("-created_at")
                .first()
            )  # expect: prunes [dj67d]
        return None

    @classmethod
    def top_versions(cls, project, since=None):
        if since is None:
            since = timezone.now().date() - timezone.timedelta(days=30)
        queryset = (
            cls.objects.filter(campaign=project, created_at__gte=since)
            .values_list("company")
            .annotate(total=Count("id"))
            .order_by("-total")[:10]
        )
        return {version: total for version, total in queryset}  # expect: prunes [dj67e]


class AgentOutput(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    objects = RelatedBuildQuerySet.as_manager()

    class Meta:
        managed = False
        db_table = "agent_outputs"
