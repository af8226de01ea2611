from datetime import timedelta

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views import View

from crm import hooks
from crm.admin_views.generic import IndexView
from crm.models import AgentOutput, Campaign, Lead


class CampaignIndexView(IndexView):
    model = Campaign
    default_ordering = "name"

    def get_base_queryset(self):
        return super().get_base_queryset().filter(user=self.request.user)  # expect: prunes [dj51f] cross


class LeadIndexView(IndexView):
    model = Lead  # expect: scans-all [dj51g] cross
    per_page = 50


def explore_campaign(request, campaign_id):
    campaign = get_object_or_404(Campaign, pk=campaign_id, user=request.user)  # expect: prunes [dj51o]
    leads = Lead.objects.filter(campaign=campaign).order_by("-created_at")
    for fn in hooks.get_hooks("construct_lead_listing_queryset"):
        leads = fn(leads, request)
    paginator = Paginator(leads, 50)
    page = paginator.get_page(request.GET.get("p"))  # expect: prunes [dj51h] cross
    return render(request, "crm/explorer.html", {"campaign": campaign, "page": page})


class LeadHistoryView(View):
    def get(self, request, pk):
        lead = get_object_or_404(Lead.objects.live(), pk=pk)  # expect: scans-all [dj51i] cross
        outputs = AgentOutput.objects.for_lead(lead.pk).since(lead.created_at).order_by("-created_at")
        return render(request, "crm/history.html", {"lead": lead, "outputs": list(outputs[:100])})  # expect: prunes [dj51j] cross


class RecentLeadsPanel:
    name = "recent_leads"
    order = 200

    def __init__(self, request):
        self.request = request

    def get_context_data(self):
        return {
            "leads": list(Lead.objects.live().filter(created_at__gte=timezone.now() - timedelta(days=7)).order_by("-created_at")[:5]),  # expect: prunes [dj51m] cross
            "campaigns": Campaign.objects.filter(user=self.request.user, archived=False).count(),  # expect: prunes [dj51n]
        }
