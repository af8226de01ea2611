from django.db import models
from django.db.models import Count, Exists, OuterRef


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


class LeadQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def in_window(self, start, end):
        return self.filter(created_at__gte=start, created_at__lt=end)

    def with_output_counts(self):
        return self.annotate(n_outputs=Count("outputs"))

    def with_email_flag(self):
        emails = AgentOutput.objects.filter(lead=OuterRef("pk"), kind="email")
        return self.annotate(has_email=Exists(emails))


class Lead(models.Model):
    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    objects = LeadQuerySet.as_manager()

    class Meta:
        managed = False
        db_table = "leads"


class AgentOutput(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
