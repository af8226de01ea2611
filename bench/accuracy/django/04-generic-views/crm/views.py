from datetime import timedelta

from django.utils import timezone
from django.views.generic import DetailView, ListView

from .models import AgentOutput, Campaign, Lead


class LeadListView(ListView):
    model = Lead  # expect: scans-all [dj04a]
    paginate_by = 50


class RecentLeadListView(ListView):
    template_name = "crm/recent.html"

    def get_queryset(self):
        since = timezone.now() - timedelta(days=14)
        return Lead.objects.filter(created_at__gte=since).order_by("-created_at")  # expect: prunes [dj04b]


class OutputListView(ListView):
    def get_queryset(self):
        return AgentOutput.objects.filter(lead_id=self.kwargs["lead_id"])  # expect: scans-all [dj04c]


class CampaignListView(ListView):
    def get_queryset(self):
        return Campaign.objects.filter(user_id=self.request.user.id, archived=False)  # expect: prunes [dj04d]
