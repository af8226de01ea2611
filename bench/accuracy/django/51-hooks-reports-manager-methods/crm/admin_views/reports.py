from datetime import timedelta

from django.db.models import CharField, Value
from django.utils import timezone

from crm.admin_views.filters import OutputHistoryFilterSet
from crm.admin_views.generic import IndexView
from crm.models import AgentOutput, Lead


class ReportView(IndexView):
    """A report: `get_queryset()` of the subclass, then the filters of the request."""

    filterset_class = None
    template_name = "crm/reports/base_report.html"

    def filter_queryset(self, queryset):
        if self.filterset_class is None:
            return queryset
        return self.filterset_class(self.request.GET, queryset=queryset, request=self.request).qs

    def get_context_data(self, **kwargs):
        context = super(IndexView, self).get_context_data(**kwargs)
        context["object_list"] = self.filter_queryset(self.get_queryset())[:500]
        return context


class OutputHistoryReportView(ReportView):
    filterset_class = OutputHistoryFilterSet

    def get_queryset(self):
        return AgentOutput.objects.viewable_by_user(self.request.user).order_by("-created_at")  # expect: scans-all [dj51d] cross


class RecentLeadsReportView(ReportView):
    days = 30

    def get_since(self):
        return timezone.now() - timedelta(days=self.days)

    def get_queryset(self):
        return Lead.objects.live().filter(created_at__gte=self.get_since()).order_by("-created_at")  # expect: prunes [dj51e] cross


class ActivityReportView(ReportView):
    """Leads and outputs of the period in one timeline (a union of values() querysets)."""

    def get_since(self):
        days = int(self.request.GET.get("days", 14))
        return timezone.now() - timedelta(days=days)

    def filter_queryset(self, queryset):
        return queryset.filter(created_at__gte=self.get_since())

    def get_filtered_queryset(self):
        leads = self.filter_queryset(Lead.objects.annotate(entry=Value("lead", output_field=CharField())).values("id", "created_at", "entry"))
        outputs = self.filter_queryset(AgentOutput.objects.annotate(entry=Value("output", output_field=CharField())).values("id", "created_at", "entry"))
        return leads.union(outputs).order_by("-created_at")

    def get_context_data(self, **kwargs):
        context = super(IndexView, self).get_context_data(**kwargs)
        context["object_list"] = list(self.get_filtered_queryset()[:200])  # expect: prunes [dj51l] cross
        return context
