from datetime import timedelta

from django.db import models
from django.utils.timezone import now

STUB_EXPIRATION_SECONDS = 86400
RECENTLY_CREATED_DAYS = 30


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class CampaignManager(models.Manager):
    def check_trash_periods(self, delta=timedelta(days=365)):
        for campaign in self.all():  # expect: scans-all [dj52g]
            for lead in campaign.leads.filter(created_at__lt=now() - delta):  # expect: prunes [dj52h]
                lead.delete()  # expect: scans-all [dj52i]


class Campaign(models.Model):
    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    objects = CampaignManager()

    _acl_user_field = "user"

    class Meta:
        managed = False
        db_table = "campaigns"


class LeadManager(models.Manager):
    def delete_stubs(self):
        stale_stub_leads = self.filter(status="stub", created_at__lt=now() - timedelta(seconds=STUB_EXPIRATION_SECONDS))
        for stale_stub_lead in stale_stub_leads:  # expect: prunes [dj52e]
            stale_stub_lead.delete(to_trash=False)  # expect: scans-all [dj52f]


class ValidLeadManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().exclude(status="trashed")


class TrashCanManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(status="trashed")


class RecentlyCreatedLeadManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().exclude(status="trashed").filter(created_at__gte=now() - timedelta(days=RECENTLY_CREATED_DAYS)).order_by("-created_at")


class Lead(models.Model):
    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    objects = LeadManager()
    valid = ValidLeadManager()

    _acl_user_field = "user"

    class Meta:
        managed = False
        db_table = "leads"

    def delete(self, to_trash=True, *args, **kwargs):
        if to_trash:
            self.status = "trashed"
            self.save(update_fields=["status"])  # expect: scans-all [dj52r]
            return None
        return super().delete(*args, **kwargs)


class TrashedLead(Lead):
    objects = TrashCanManager()

    class Meta:
        proxy = True

    def restore(self):
        Lead.objects.filter(pk=self.pk, created_at=self.created_at).update(status="new")  # expect: prunes [dj52l]


class RecentlyCreatedLead(Lead):
    valid = RecentlyCreatedLeadManager()

    class Meta:
        proxy = True


class ValidAgentOutputManager(models.Manager):
    def get_queryset(self):
        return models.QuerySet(model=self.model, using=self._db).exclude(lead__status="trashed")


class AgentOutput(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    objects = models.Manager()
    valid = ValidAgentOutputManager()

    _acl_user_field = "lead__user"

    class Meta:
        managed = False
        db_table = "agent_outputs"
