from datetime import timedelta

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.timezone import now

from crm.access import CampaignAccess, get_user_queryset
from crm.api.serializers import JobSerializer, JobTemplateSerializer
from crm.models import Campaign, Lead

GRAPH_PERIODS = {"month": timedelta(days=30), "two_weeks": timedelta(days=14), "week": timedelta(days=7), "day": timedelta(days=1)}


class APIView:
    def __init__(self, request, **kwargs):
        self.request = request
        self.kwargs = kwargs


class SubListAPIView(APIView):
    parent_model = None

    def get_parent_object(self):
        return get_object_or_404(self.parent_model, pk=self.kwargs["pk"])  # expect: scans-all [dj69k] cross


class JobTemplateList(APIView):
    def get(self):
        templates = get_user_queryset(self.request.user, Campaign).order_by("name")
        return JsonResponse({"results": [t.name for t in templates]})  # expect: scans-all [dj69g] cross


class JobTemplateDetail(APIView):
    def get(self):
        template = get_object_or_404(Campaign.objects.filter(user=self.request.user), pk=self.kwargs["pk"])  # expect: prunes [dj69h]
        if not CampaignAccess(self.request.user).can_read(template):
            return JsonResponse({}, status=403)
        return JsonResponse(JobTemplateSerializer(template).get_summary_fields())


class JobList(APIView):
    def get(self):
        jobs = get_user_queryset(self.request.user, Lead)
        if status := self.request.GET.get("status"):
            jobs = jobs.filter(status=status)
        return JsonResponse({"results": [j.id for j in jobs.order_by("-created_at")[:25]]})  # expect: scans-all [dj69i] cross


class JobDetail(APIView):
    def get(self):
        job = get_object_or_404(get_user_queryset(self.request.user, Lead), pk=self.kwargs["pk"])  # expect: scans-all [dj69j] cross
        return JsonResponse({"id": job.id, "status": job.status, "related": JobSerializer(job).get_related()})


class JobCancel(SubListAPIView):
    parent_model = Lead

    def post(self):
        job = self.get_parent_object()
        return JsonResponse({"canceled": job.cancel()})


class JobJobEventsList(SubListAPIView):
    parent_model = Lead

    def get(self):
        job = self.get_parent_object()
        events = job.get_event_queryset().order_by("created_at")[:100]
        return JsonResponse({"count": job.event_count, "results": [e.kind for e in events]})  # expect: prunes [dj69l] cross


class JobStdout(SubListAPIView):
    parent_model = Lead

    def get(self):
        return JsonResponse({"content": self.get_parent_object().result_stdout()})


class DashboardView(APIView):
    def get(self):
        jobs = get_user_queryset(self.request.user, Lead)
        total = jobs.count()  # expect: scans-all [dj69n] cross
        failed = jobs.filter(status="failed").count()  # expect: scans-all [dj69o] cross
        return JsonResponse({"jobs": {"total": total, "failed": failed}})


class DashboardJobsGraphView(APIView):
    def get(self):
        period = self.request.GET.get("period", "month")
        start = now() - GRAPH_PERIODS.get(period, GRAPH_PERIODS["month"])
        success_qs = get_user_queryset(self.request.user, Lead).filter(status="successful", created_at__gte=start)
        return JsonResponse({"successful": success_qs.count()})  # expect: prunes [dj69m] cross
