from datetime import timedelta

from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from crm.helpers import current_date


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class Campaign(models.Model):
    """A supplier company."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    class Meta:
        managed = False
        db_table = "campaigns"


class Lead(models.Model):
    """A purchase order."""

    OPEN = ["pending", "placed", "on_hold"]

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="pending")
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "leads"

    @classmethod
    def overdue_filter(cls):
        """An open order is overdue once it is older than the delivery window."""
        return Q(status__in=cls.OPEN) & Q(created_at__lt=current_date() - timedelta(days=30))

    def pending_line_items(self):
        return self.outputs.exclude(kind="received")

    @property
    def pending_line_count(self):
        return self.pending_line_items().count()  # expect: scans-all [dj55h] cross

    @property
    def is_complete(self):
        return self.pending_line_count == 0

    @transaction.atomic
    def complete_order(self):
        if self.status in self.OPEN:
            self.status = "complete"
            self.save()  # expect: scans-all [dj55c]


class AgentOutput(models.Model):
    """A line item of an order, or a notification entry about it."""

    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"

    @classmethod
    def check_recent(cls, key: str, uid: int, delta: timedelta):
        """Has a notification with this key been sent for this object within the delta?"""
        lower_limit = timezone.now() - delta
        return cls.objects.filter(kind=key, lead_id=uid, created_at__gte=lower_limit).exists()  # expect: prunes [dj55e]
