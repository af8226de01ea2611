from datetime import datetime, timedelta

from django.utils import timezone
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from crm.leads import analytics
from crm.leads.serializer import LeadSerializer
from crm.models import Lead


def _parse_dt(value, end_of_day=False):
    if not value:
        return None
    d = datetime.fromisoformat(value)
    return timezone.make_aware(d + timedelta(days=1) if end_of_day else d)


def _filtered_qs(request):
    """The org's leads, narrowed by the query parameters, and the (from, to) window."""
    params = request.query_params
    qs = Lead.objects.filter(user=request.profile.org).exclude(status="duplicate")
    if status := params.get("status"):
        qs = qs.filter(status=status)
    if campaign_id := params.get("campaign"):
        qs = qs.filter(campaign_id=campaign_id)
    from_dt = _parse_dt(params.get("from", ""))
    to_dt = _parse_dt(params.get("to", ""), end_of_day=True)
    coerced_from, coerced_to = analytics._coerce_window(from_dt, to_dt)
    return qs, coerced_from, coerced_to


class _AnalyticsBaseView(APIView):
    permission_classes = (IsAuthenticated,)


class AnalyticsResponseView(_AnalyticsBaseView):
    def get(self, request):
        qs, from_dt, to_dt = _filtered_qs(request)
        return Response(analytics.compute_response(qs, from_dt, to_dt))


class AnalyticsBacklogView(_AnalyticsBaseView):
    def get(self, request):
        qs, from_dt, to_dt = _filtered_qs(request)
        return Response(analytics.compute_backlog(qs, from_dt, to_dt))


class AnalyticsSlaView(_AnalyticsBaseView):
    def get(self, request):
        qs, from_dt, to_dt = _filtered_qs(request)
        return Response(analytics.compute_sla(qs, from_dt, to_dt))


class AnalyticsServiceView(_AnalyticsBaseView):
    def get(self, request):
        days = int(request.query_params.get("days") or analytics.DEFAULT_SERVICE_DAYS)
        qs = Lead.objects.filter(user=request.profile.org).exclude(status="duplicate")
        return Response(analytics.compute_service_overview(qs, request.profile.org_id, days))


class AnalyticsDrilldownView(_AnalyticsBaseView):
    def get(self, request):
        metric = request.query_params.get("metric", "")
        bucket = request.query_params.get("bucket")
        qs, from_dt, to_dt = _filtered_qs(request)
        try:
            ids = list(analytics.lead_ids_for_metric(metric, qs, from_dt, to_dt, bucket))  # expect: prunes [dj58s] cross
        except ValueError as exc:
            return Response({"error": str(exc)}, status=400)
        leads = Lead.objects.filter(user=request.profile.org, id__in=ids).order_by("-created_at")  # expect-also: [dj58t]
        data = LeadSerializer(leads, many=True).data  # expect: scans-all [dj58t]
        return Response({"count": len(data), "results": data})
