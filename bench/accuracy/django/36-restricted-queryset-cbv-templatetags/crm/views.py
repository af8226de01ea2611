from datetime import timedelta

from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Prefetch
from django.utils import timezone
from django.views.generic import DetailView, ListView

from crm.models import AgentOutput, Campaign, Lead


class LeadListView(LoginRequiredMixin, ListView):
    paginate_by = 50
    template_name = "crm/lead_list.html"

    def since(self):
        return timezone.now() - timedelta(days=30)

    def get_queryset(self):
        recent = AgentOutput.objects.filter(created_at__gte=self.since())
        return Lead.objects.restrict(self.request.user).prefetch_related(Prefetch("outputs", queryset=recent, to_attr="recent_outputs"))  # expect: scans-all [dj36a] cross

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["campaigns"] = list(Campaign.objects.filter(user=self.request.user, archived=False))  # expect: prunes [dj36f]
        ctx["fresh"] = Lead.objects.restrict(self.request.user).filter(created_at__gte=self.since()).count()  # expect: prunes [dj36b] cross
        return ctx


class RecentLeadListView(LeadListView):
    def get_queryset(self):
        return super().get_queryset().filter(created_at__gte=self.since())  # expect: prunes [dj36c] cross


class LeadDetailView(LoginRequiredMixin, DetailView):
    template_name = "crm/lead_detail.html"
    context_object_name = "lead"

    def get_queryset(self):
        return Lead.objects.restrict(self.request.user, "view")  # expect: scans-all [dj36d] cross
