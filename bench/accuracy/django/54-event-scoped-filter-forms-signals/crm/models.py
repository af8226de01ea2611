from django.db import models
from django.utils.functional import cached_property


class User(models.Model):
    """An organizer account."""

    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class Campaign(models.Model):
    """An event of an organizer."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    class Meta:
        managed = False
        db_table = "campaigns"


class Lead(models.Model):
    """An order placed for an event."""

    STATUS_PENDING = "pending"
    STATUS_PAID = "paid"
    STATUS_EXPIRED = "expired"
    STATUS_CANCELED = "canceled"

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "leads"

    @cached_property
    def positions(self):
        """An order's positions are created with it, never before."""
        return self.outputs.filter(created_at__gte=self.created_at)

    def has_checkin(self):
        return self.outputs.filter(kind="checkin", created_at__gte=self.created_at).exists()  # expect: prunes [dj54p]


class AgentOutput(models.Model):
    """A position (ticket) of an order."""

    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
