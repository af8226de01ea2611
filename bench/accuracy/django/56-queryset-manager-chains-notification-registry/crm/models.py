from datetime import timedelta

from django.db import models
from django.utils import timezone

from crm.querysets import ChangeQuerySet


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"

    @property
    def allowed_campaigns(self):
        return Campaign.objects.filter(user=self, archived=False)


class Campaign(models.Model):
    """A translation project (billed to its owner)."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    class Meta:
        managed = False
        db_table = "campaigns"


class Lead(models.Model):
    """A translation unit."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "leads"

    def get_last_content_change(self):
        """The last change of this unit's content (IndexError when there is none)."""
        return self.outputs.content().order_by("-created_at")[0]  # expect: scans-all [dj56b] cross

    def translate(self, user, new_target, new_state):
        self.company = new_target
        self.status = new_state
        self.save(update_fields=["company", "status"])  # expect: scans-all [dj56i]
        AgentOutput.objects.create(lead=self, kind="content", body=new_target, created_at=timezone.now())


class ChangeManager(models.Manager):
    def create(self, *, user=None, **kwargs):
        kwargs.setdefault("created_at", timezone.now())
        return super().create(**kwargs)


class AgentOutput(models.Model):
    """A change (history entry) of a unit."""

    ACTIONS_CONTENT = ["content", "suggestion", "approve"]

    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    objects = ChangeManager.from_queryset(ChangeQuerySet)()

    class Meta:
        managed = False
        db_table = "agent_outputs"

    @property
    def is_recent(self):
        return self.created_at >= timezone.now() - timedelta(days=1)
