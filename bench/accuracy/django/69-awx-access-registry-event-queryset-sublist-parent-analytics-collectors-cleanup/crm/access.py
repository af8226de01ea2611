"""Per-model access classes, looked up through a registry by model class."""
from crm.models import AgentOutput, Campaign, Lead

access_registry = {}


def register_access(model_class, access_class):
    access_registry[model_class] = access_class


def get_user_queryset(user, model_class):
    return access_registry[model_class](user).get_queryset()


class BaseAccess:
    model = None

    def __init__(self, user):
        self.user = user

    def get_queryset(self):
        if self.user.is_superuser:
            return self.model.objects.all()
        return self.filtered_queryset()

    def filtered_queryset(self):
        return self.model.objects.none()


class CampaignAccess(BaseAccess):
    model = Campaign

    def filtered_queryset(self):
        return self.model.objects.filter(user=self.user)

    def can_read(self, obj):
        return self.get_queryset().filter(pk=obj.pk).exists()  # expect: scans-all [dj69e] cross


class LeadAccess(BaseAccess):
    model = Lead

    def filtered_queryset(self):
        return self.model.objects.filter(campaign__in=Campaign.objects.filter(user=self.user))

    def can_start(self, obj):
        return Campaign.objects.filter(pk=obj.campaign_id, user=self.user).exists()  # expect: prunes [dj69f]


class AgentOutputAccess(BaseAccess):
    model = AgentOutput

    def filtered_queryset(self):
        return self.model.objects.filter(lead__in=LeadAccess(self.user).filtered_queryset())


register_access(Campaign, CampaignAccess)
register_access(Lead, LeadAccess)
register_access(AgentOutput, AgentOutputAccess)
