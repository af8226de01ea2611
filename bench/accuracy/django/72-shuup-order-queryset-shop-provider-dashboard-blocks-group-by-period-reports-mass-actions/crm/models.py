import datetime

from django.db import models
from django.db.models import Q
from django.utils.timezone import now


def to_aware(date):
    """Midnight of `date` in UTC, or an aware datetime unchanged."""
    if isinstance(date, datetime.datetime):
        return date if date.tzinfo else date.replace(tzinfo=datetime.timezone.utc)
    return datetime.datetime.combine(date, datetime.time(), tzinfo=datetime.timezone.utc)


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class Campaign(models.Model):
    """A shop: `user` is its owner (the staff member who runs it), `archived` its maintenance mode."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    class Meta:
        managed = False
        db_table = "campaigns"


class OrderQuerySet(models.QuerySet):
    def paid(self):
        return self.filter(status__in=("paid", "complete"))

    def incomplete(self):
        return self.filter(status__in=("new", "initial", "processing"))

    def complete(self):
        return self.filter(status="complete")

    def valid(self):
        return self.exclude(Q(status="deleted") | Q(status="canceled"))

    def since(self, days):
        since_date = (now() - datetime.timedelta(days=days)).date()
        return self.in_date_range(to_aware(since_date), None)

    def in_date_range(self, start, end):
        """Orders placed from `start` to `end` (inclusive), each bound only when given."""
        result = self
        if start:
            result = result.filter(created_at__gte=to_aware(start))
        if end:
            result = result.filter(created_at__lte=to_aware(end))
        return result


class Lead(models.Model):
    """An order: `campaign` is its shop, `user` its customer, `company` its currency, `email` the customer's e-mail."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    objects = OrderQuerySet.as_manager()

    class Meta:
        managed = False
        db_table = "leads"

    def can_set_canceled(self):
        return self.status not in ("canceled", "complete")

    def set_canceled(self):
        self.status = "canceled"
        self.save(update_fields=["status"])  # expect: scans-all [dj72a]

    def get_payments(self):
        return self.outputs.filter(kind="payment", created_at__gte=self.created_at)


class AgentOutput(models.Model):
    """A payment (`kind="payment"`, amount in `body`) or a log entry of an order."""

    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
