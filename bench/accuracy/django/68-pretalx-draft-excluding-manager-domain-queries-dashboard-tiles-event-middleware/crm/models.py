from django.db import models

# pretalx in our schema: an event is a Campaign (`user` = organiser, `name` = slug, `archived` = is_public);
# a submission is a Lead (`user` = speaker, `company` = title, `email` = code, `status` = state,
# `created_at` = created); reviews, feedback and log entries are AgentOutputs (`kind` = "review" / "feedback" / "log").


class SubmissionManager(models.Manager):
    """Drafts are invisible everywhere except where `all_objects` is used explicitly."""

    def get_queryset(self):
        return super().get_queryset().exclude(status="draft")


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

    class Meta:
        managed = False
        db_table = "campaigns"

    @property
    def talks(self):
        return self.leads.filter(status__in=["accepted", "confirmed"])


class Lead(models.Model):
    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    objects = SubmissionManager()
    all_objects = models.Manager()

    class Meta:
        managed = False
        db_table = "leads"

    def accept(self):
        self.status = "accepted"
        self.save(update_fields=["status"])  # expect: scans-all [dj68a]


class AgentOutput(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
