from django.db import models
from django.utils import timezone


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class ProjectQuerySet(models.QuerySet):
    def available(self):
        return self.filter(archived=False)

    def visible_for(self, user):
        return self.available().filter(user=user)


class Campaign(models.Model):
    """A project, owned (and managed) by one user; archived = disabled."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        managed = False
        db_table = "campaigns"

    def latest_translation(self, since):
        return self.leads.between(since, timezone.now()).order_by("-created_at").first()  # expect: prunes [dj63o] cross


class TranslationQuerySet(models.QuerySet):
    def for_locale(self, locale):
        return self.filter(email=locale)

    def approved(self):
        return self.filter(status="approved")

    def between(self, start, end):
        return self.filter(created_at__gte=start, created_at__lt=end)


class Lead(models.Model):
    """A translation: company is the string, email the locale code, status approved/pending/rejected."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    objects = TranslationQuerySet.as_manager()

    class Meta:
        managed = False
        db_table = "leads"

    @property
    def history(self):
        return self.outputs.order_by("-created_at")

    def approve(self, user):
        self.status = "approved"
        self.save(update_fields=["status"])  # expect: scans-all [dj63f]


class AgentOutput(models.Model):
    """An action log entry about a translation: kind is the action type, body the performer."""

    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
