from django.db import models


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class Campaign(models.Model):
    """A library, owned by one user's actor (archived = a remote library kept as cache)."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    class Meta:
        managed = False
        db_table = "campaigns"


class UploadQuerySet(models.QuerySet):
    def playable_by(self, actor):
        libraries = Campaign.objects.filter(user=actor, archived=False)
        return self.filter(campaign__in=libraries, status="finished")


class Lead(models.Model):
    """An upload: company is the track title, email the source, status the import status."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    objects = UploadQuerySet.as_manager()

    class Meta:
        managed = False
        db_table = "leads"


class AgentOutput(models.Model):
    """A listening (or favorite, or transcoded version) of an upload: body is the listener's address."""

    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
