from django.db import models

from crm.core.querysets import RestrictedQuerySet


class BaseModel(models.Model):
    objects = RestrictedQuerySet.as_manager()

    natural_key_field_names = ["pk"]

    class Meta:
        abstract = True

    @classmethod
    def natural_key_args_to_kwargs(cls, args):
        return dict(zip(cls.natural_key_field_names, args))


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class Campaign(BaseModel):
    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    natural_key_field_names = ["name"]

    class Meta:
        managed = False
        db_table = "campaigns"


class Lead(BaseModel):
    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    natural_key_field_names = ["email", "created_at"]

    class Meta:
        managed = False
        db_table = "leads"


class AgentOutput(BaseModel):
    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
