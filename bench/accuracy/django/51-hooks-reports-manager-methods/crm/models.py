from django.db import models


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
    def live(self):
        return self.exclude(status__in=["archived", "spam"])


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


class AgentOutputQuerySet(models.QuerySet):
    def drafts(self):
        return self.filter(kind="draft")

    def finals(self):
        return self.exclude(kind="draft")

    def since(self, when):
        return self.filter(created_at__gte=when)


class AgentOutputManager(models.Manager.from_queryset(AgentOutputQuerySet)):
    def for_lead(self, lead_id):
        return self.get_queryset().filter(lead_id=lead_id)

    def viewable_by_user(self, user):
        if user.is_superuser:
            return self.all()
        return self.filter(lead__user=user)


class AgentOutput(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    objects = AgentOutputManager()

    class Meta:
        managed = False
        db_table = "agent_outputs"

    def is_latest_output(self):
        latest = AgentOutput.objects.for_lead(self.lead_id).order_by("-created_at", "-id").first()  # expect: scans-all [dj51b]
        return latest is not None and latest.pk == self.pk
