from django.http import JsonResponse
from django.views import View

from crm.models import AgentOutput, Campaign, Lead


def serialize_build(build):
    return {"id": build.id, "state": build.status, "version": build.company, "date": build.created_at.isoformat()}


class UserSelectViewSet(View):
    """The API v2 base: every viewset lists `model.objects.api(user)`."""

    model = None

    def get_queryset(self):
        return self.model.objects.api(self.request.user)


class ProjectViewSet(UserSelectViewSet):
    model = Campaign

    def list(self, request):
        projects = self.get_queryset().order_by("name")
        return JsonResponse({"results": [p.name for p in projects]})  # expect: scans-all [dj67u] cross

    def mine(self, request):
        projects = Campaign.objects.for_admin_user(request.user).values_list("name", flat=True)
        return JsonResponse({"results": list(projects)})  # expect: prunes [dj67v] cross

    def concurrent(self, request, pk):
        project = Campaign.objects.get(pk=pk, user=request.user)  # expect: prunes [dj67w]
        limit_reached, concurrent, max_concurrent = Lead.objects.concurrent(project)
        return JsonResponse({"limit_reached": limit_reached, "concurrent": concurrent, "max": max_concurrent})


class BuildViewSet(UserSelectViewSet):
    model = Lead

    def list(self, request):
        queryset = self.get_queryset().filter(campaign=request.GET["project"])
        offset = int(request.GET.get("offset", 0))
        page = queryset.order_by("-created_at")[offset:offset + 20]
        return JsonResponse({"results": [serialize_build(b) for b in page]})  # expect: scans-all [dj67x] cross

    def retrieve(self, request, pk):
        build = self.get_queryset().get(pk=pk)  # expect: scans-all [dj67y] cross
        return JsonResponse(serialize_build(build))

    def reset(self, request, pk):
        Lead.objects.filter(pk=pk).update(status="triggered")  # expect: scans-all [dj67z]
        return JsonResponse({"ok": True})


class BuildCommandViewSet(UserSelectViewSet):
    model = AgentOutput

    def list(self, request):
        commands = self.get_queryset().filter(lead=request.GET["build"]).order_by("created_at")
        return JsonResponse({"results": [c.kind for c in commands]})  # expect: scans-all [dj67aa] cross
