from collections import Counter
from datetime import timedelta

from django.db import models
from django.db.models import Count, DurationField, ExpressionWrapper, F, Q
from django.utils.timezone import now


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class ExpiringModel(models.Model):
    """Base class of objects that expire: an expired row has `archived` set until the cleanup task runs."""

    class Meta:
        abstract = True

    @classmethod
    def filter_not_expired(cls, **kwargs):
        """The objects not expired yet that match `kwargs`."""
        expired = Q(archived=True)
        return cls.objects.exclude(expired).filter(**kwargs)

    def expire_action(self, *args, **kwargs):
        return self.delete(*args, **kwargs)


class Campaign(ExpiringModel):
    """An API token: `name` is its key, `user` its owner, `archived` set once it expired."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    class Meta:
        managed = False
        db_table = "campaigns"


class EventQuerySet(models.QuerySet):
    def get_events_per(self, time_since, extract, data_points):
        """The number of events per hour/day for the last `time_since` (at most 60 days)."""
        _now = now()
        max_since = timedelta(days=60)
        if time_since.total_seconds() > max_since.total_seconds():
            time_since = max_since
        date_from = _now - time_since
        result = (
            self.filter(created_at__gte=date_from)
            .annotate(age=ExpressionWrapper(_now - F("created_at"), output_field=DurationField()))
            .annotate(age_interval=extract("age"))
            .values("age_interval")
            .annotate(count=Count("pk"))
            .order_by("age_interval")
        )
        data = Counter({int(d["age_interval"]): d["count"] for d in result})  # expect: prunes [dj71a] cross
        return [{"x_cord": (_now - timedelta(days=i)).timestamp(), "y_cord": data[i]} for i in range(data_points)]


class Lead(models.Model):
    """An audit event: `status` is its action, `company` the app, `email` the client IP, `campaign` the token used."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    objects = EventQuerySet.as_manager()

    class Meta:
        managed = False
        db_table = "leads"


class AgentOutput(models.Model):
    """A notification about an event for the event's user: `kind` is its severity, "seen" once read."""

    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
