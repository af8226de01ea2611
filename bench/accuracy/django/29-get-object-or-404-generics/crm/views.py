from datetime import timedelta

from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.generic import ListView
from rest_framework import generics

from .models import Lead
from .serializers import LeadSerializer


def lead_detail(request, pk):
    lead = get_object_or_404(Lead, pk=pk)  # expect: scans-all [dj29a]
    return render(request, "crm/lead.html", {"lead": lead})


def recent_lead_detail(request, pk):
    since = timezone.now() - timedelta(days=30)
    lead = get_object_or_404(Lead.objects.filter(created_at__gte=since), pk=pk)  # expect: prunes [dj29b]
    return render(request, "crm/lead.html", {"lead": lead})


class LeadDetailAPI(generics.RetrieveUpdateAPIView):
    queryset = Lead.objects.all()  # expect: scans-all [dj29c]
    serializer_class = LeadSerializer


class CampaignLeadsView(ListView):
    template_name = "crm/campaign_leads.html"
    paginate_by = 50

    def get_queryset(self):
        since = timezone.now() - timedelta(days=int(self.request.GET.get("days", 30)))
        return Lead.objects.filter(campaign_id=self.kwargs["campaign_id"], created_at__gte=since).order_by("-created_at")  # expect: prunes [dj29d]
