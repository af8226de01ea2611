from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Count
from django.views.generic import DetailView, ListView

from crm.dashboard.mixins import DateRangeMixin, ServiceObjectMixin
from crm.models import RESULTS_LIMIT, AgentOutput, Campaign, Lead


class DashboardView(LoginRequiredMixin, DateRangeMixin, ListView):
    model = Campaign
    template_name = "dashboard/pages/dashboard.html"
    paginate_by = 24

    def get_queryset(self):
        return Campaign.objects.filter(user=self.request.user).order_by("name", "id")  # expect: prunes [dj57n]

    def get_context_data(self, **kwargs):
        data = super().get_context_data(**kwargs)
        for service in data["object_list"]:
            service.stats = service.get_core_stats(self.get_start_date(), self.get_end_date())
        return data


class ServiceView(LoginRequiredMixin, ServiceObjectMixin, DateRangeMixin, DetailView):
    model = Campaign
    template_name = "dashboard/pages/service.html"

    def get_context_data(self, **kwargs):
        data = super().get_context_data(**kwargs)
        data["stats"] = self.object.get_core_stats(data["start_date"], data["end_date"])
        data["RESULTS_LIMIT"] = RESULTS_LIMIT
        data["object_list"] = Lead.objects.filter(
            campaign=self.get_object(),
            created_at__lt=self.get_end_date(),
            created_at__gt=self.get_start_date(),
        ).order_by("-created_at")[:10]  # expect: prunes [dj57o]
        return data


class ServiceSessionsListView(LoginRequiredMixin, ServiceObjectMixin, DateRangeMixin, ListView):
    model = Lead
    template_name = "dashboard/pages/service_session_list.html"
    paginate_by = 20

    def get_queryset(self):
        return Lead.objects.filter(
            campaign=self.get_object(),
            created_at__lt=self.get_end_date(),
            created_at__gt=self.get_start_date(),
        ).order_by("-created_at")  # expect: prunes [dj57p]

    def get_context_data(self, **kwargs):
        data = super().get_context_data(**kwargs)
        data["object"] = self.get_object()
        return data


class ServiceLocationsListView(LoginRequiredMixin, ServiceObjectMixin, DateRangeMixin, ListView):
    model = AgentOutput
    template_name = "dashboard/pages/service_location_list.html"
    paginate_by = RESULTS_LIMIT

    def get_queryset(self):
        hits = AgentOutput.objects.filter(
            lead__campaign=self.get_object(),
            created_at__lt=self.get_end_date(),
            created_at__gt=self.get_start_date(),
        )
        self.hit_count = hits.count()  # expect: scans-all [dj57q]
        return hits.values("kind").annotate(count=Count("kind")).order_by("-count")  # expect: scans-all [dj57r]

    def get_context_data(self, **kwargs):
        data = super().get_context_data(**kwargs)
        data["object"] = self.get_object()
        data["hit_count"] = self.hit_count
        return data
