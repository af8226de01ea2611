from django.db import models

ACTIVE_STATES = ("pending", "waiting", "running")


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"

    @property
    def is_superuser(self):
        return self.email.endswith("@awx.admin")


class Campaign(models.Model):
    """A job template: owned by one organisation user, launched into jobs."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    class Meta:
        managed = False
        db_table = "campaigns"

    def recent_jobs(self):
        return self.leads.exclude(status="pending").order_by("-created_at")[:10]


class Lead(models.Model):
    """A unified job: its events are stored with the job's creation time."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "leads"

    def get_event_queryset(self):
        return AgentOutput.objects.filter(lead=self.id, created_at__gte=self.created_at)

    @property
    def event_count(self):
        return self.get_event_queryset().count()  # expect: prunes [dj69b] cross

    def result_stdout(self):
        return "".join(e.body or "" for e in self.get_event_queryset().order_by("created_at"))  # expect: prunes [dj69c] cross

    def cancel(self):
        if self.status in ACTIVE_STATES:
            self.status = "canceled"
            self.save(update_fields=["status"])  # expect: scans-all [dj69a]
        return self.status == "canceled"


class AgentOutput(models.Model):
    """A job event."""

    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
