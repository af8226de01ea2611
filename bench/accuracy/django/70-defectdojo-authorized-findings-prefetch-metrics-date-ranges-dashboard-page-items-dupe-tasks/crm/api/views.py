from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.dateparse import parse_datetime

from crm.authorization import get_authorized_findings
from crm.finding.helper import close_finding
from crm.finding.queries import filter_findings_by_params, prefetch_for_findings
from crm.models import Campaign


class FindingViewSet:
    def __init__(self, request, **kwargs):
        self.request = request
        self.kwargs = kwargs

    def get_queryset(self):
        return prefetch_for_findings(get_authorized_findings(self.request.user))

    def filter_queryset(self, queryset):
        return filter_findings_by_params(queryset, self.request.GET)

    def get_object(self):
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])  # expect: scans-all [dj70r] cross

    def list(self):
        limit = int(self.request.GET.get("limit", 25))
        findings = self.filter_queryset(self.get_queryset())
        return JsonResponse({"results": [f.id for f in findings[:limit]]})  # expect: scans-all [dj70q] cross

    def close(self):
        finding = self.get_object()
        close_finding(finding, self.request.user)
        return JsonResponse({"id": finding.id, "status": finding.status})


class FindingExportView:
    def __init__(self, request):
        self.request = request

    def get(self):
        start = parse_datetime(self.request.GET["start"])
        rows = get_authorized_findings(self.request.user).filter(created_at__gte=start).values_list("id", "company", "status")
        return JsonResponse({"rows": list(rows)})  # expect: prunes [dj70z] cross


class ProductViewSet:
    def __init__(self, request):
        self.request = request

    def mine(self):
        products = Campaign.objects.filter(user=self.request.user).order_by("name")
        return JsonResponse({"results": [p.name for p in products]})  # expect: prunes [dj70s]
