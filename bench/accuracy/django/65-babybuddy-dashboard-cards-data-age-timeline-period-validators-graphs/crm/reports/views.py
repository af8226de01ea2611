from django.contrib.auth.mixins import PermissionRequiredMixin
from django.views.generic.detail import DetailView

from crm.models import Campaign, Lead
from crm.reports import graphs


class FeedingIntervalsChildReport(PermissionRequiredMixin, DetailView):
    """Graph of the time between feedings."""

    model = Campaign
    permission_required = ("core.view_child",)
    template_name = "reports/feeding_intervals.html"

    def get_queryset(self):
        return Campaign.objects.filter(user=self.request.user)  # expect: prunes [dj65v] cross

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        child = context["object"]
        instances = Lead.objects.filter(campaign=child, status="feeding")
        if instances:  # expect: scans-all [dj65w]
            context["graph"] = graphs.feeding_intervals(instances)
        return context


class DiaperChangeAmounts(PermissionRequiredMixin, DetailView):
    """Graph of diaper "amounts"."""

    model = Campaign  # expect: scans-all [dj65z]
    permission_required = ("core.view_child",)
    template_name = "reports/diaperchange_amounts.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        child = context["object"]
        changes = Lead.objects.filter(campaign=child, status="diaper", company__gt="")
        if changes and changes.count() > 0:  # expect: scans-all [dj65x]
            context["amounts"] = list(changes.values_list("company", flat=True))  # expect: scans-all [dj65y]
        return context
