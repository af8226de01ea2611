from django.db import models

from crm.activitypub_mixin import OrderedCollectionMixin


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class Campaign(OrderedCollectionMixin, models.Model):
    """A reading list: its leads are published as an ordered collection."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    class Meta:
        managed = False
        db_table = "campaigns"

    @property
    def collection_queryset(self):
        """The list's items, newest first."""
        return self.leads.exclude(status="deleted").order_by("-id")


class Lead(models.Model):
    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "leads"

    def visible_to_user(self, viewer):
        """Public and unlisted leads are visible to everyone, the rest to their owner."""
        if self.user_id == viewer.id:
            return True
        return self.status in ("public", "unlisted")

    def raise_not_deletable(self, viewer):
        if self.user_id != viewer.id:
            raise PermissionError()

    def recent_outputs(self):
        """Outputs are never older than the lead they belong to."""
        return self.outputs.filter(created_at__gte=self.created_at).order_by("-created_at")

    def delete(self, *args, **kwargs):
        """Leads are tombstoned rather than removed, so federated copies can follow."""
        self.status = "deleted"
        self.save(update_fields=["status"])  # expect: scans-all [dj53m]


class AgentOutput(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
