from datetime import timedelta

from django.utils import timezone

from crm.models import AgentOutput, Campaign, Lead
from crm.radios.registry import registry


class SessionRadio:
    def __init__(self, user):
        self.user = user

    def get_queryset(self, **kwargs):
        return Lead.objects.filter(status="finished")

    def pick(self, exclude=()):
        choices = self.get_queryset().exclude(pk__in=list(exclude))
        return choices.order_by("?").first()  # expect: scans-all [dj62w] cross


@registry.register(name="random")
class RandomRadio(SessionRadio):
    pass


@registry.register(name="less-listened")
class LessListenedRadio(SessionRadio):
    def get_queryset(self, **kwargs):
        qs = super().get_queryset(**kwargs)
        listened = AgentOutput.objects.filter(kind="listen", body=self.user.email).values_list("lead_id", flat=True)
        return qs.exclude(pk__in=listened)


@registry.register(name="library")
class LibraryRadio(SessionRadio):
    def get_queryset(self, **kwargs):
        qs = super().get_queryset(**kwargs)
        return qs.filter(campaign__in=Campaign.objects.filter(user=self.user))


@registry.register(name="recently-added")
class RecentlyAddedRadio(SessionRadio):
    def get_queryset(self, **kwargs):
        date = timezone.now() - timedelta(days=30)
        qs = super().get_queryset(**kwargs)
        return qs.filter(created_at__gt=date)
