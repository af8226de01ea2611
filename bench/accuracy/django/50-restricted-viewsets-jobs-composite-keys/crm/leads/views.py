from django.shortcuts import get_object_or_404, render
from django.views import View

from crm.core.querysets import count_related
from crm.core.views.mixins import ObjectDetailViewMixin
from crm.models import Campaign, Lead


class LeadView(ObjectDetailViewMixin):
    queryset = Lead.objects.all()
    template_name = "crm/lead.html"

    def get_extra_context(self, request, instance):
        outputs = instance.outputs.filter(created_at__gte=instance.created_at).restrict(request.user).order_by("-created_at")
        return {"outputs": list(outputs[:50])}  # expect: prunes [dj50h] cross


class CampaignView(View):
    queryset = Campaign.objects.annotate(lead_count=count_related(Lead, "campaign"))

    def get(self, request, pk):
        instance = get_object_or_404(self.queryset.restrict(request.user, "view"), pk=pk)  # expect: scans-all [dj50g] cross
        return render(request, "crm/campaign.html", {"object": instance})


class LeadByKeyView(View):
    """Permalinks by natural key: `/leads/by-key/<email>;<created_at>/`."""

    def get(self, request, composite_key):
        lead = get_object_or_404(Lead.objects.all(), composite_key=composite_key)  # expect: prunes [dj50i] cross
        return render(request, "crm/lead.html", {"object": lead})


class CampaignByKeyView(View):
    def get(self, request, composite_key):
        campaign = Campaign.objects.get(composite_key=composite_key)  # expect: scans-all [dj50j] cross
        return render(request, "crm/campaign.html", {"object": campaign})
