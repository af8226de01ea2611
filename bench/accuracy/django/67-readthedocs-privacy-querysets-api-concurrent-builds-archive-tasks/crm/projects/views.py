from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from crm.builds.utils import recent_builds
from crm.models import Campaign, Lead


def project_dashboard(request):
    projects = list(Campaign.objects.for_admin_user(request.user).order_by("name"))  # expect: prunes [dj67f] cross
    return render(request, "projects/dashboard.html", {"projects": projects})


def project_detail(request, project_slug):
    project = get_object_or_404(Campaign.objects.public(request.user), name=project_slug)  # expect: scans-all [dj67g] cross
    builds = list(Lead.objects.public(user=request.user, project=project).order_by("-created_at")[:5])  # expect: scans-all [dj67h] cross
    latest = project.get_latest_build()
    return render(request, "projects/detail.html", {"project": project, "builds": builds, "latest": latest})


def project_edit(request, project_slug):
    project = Campaign.objects.for_admin_user(request.user).get(name=project_slug)  # expect: prunes [dj67i] cross
    project.name = request.POST.get("slug", project.name)
    project.save()  # expect: scans-all [dj67j]
    return JsonResponse({"slug": project.name})


def get_project(request, project_slug):
    """The project of the URL, among the ones the user administers."""
    return get_object_or_404(Campaign.objects.for_admin_user(request.user), name=project_slug)  # expect: prunes [dj67k] cross


def build_detail(request, project_slug, build_pk):
    project = get_project(request, project_slug)
    build = get_object_or_404(Lead.objects.filter(campaign=project), pk=build_pk)  # expect: scans-all [dj67l]
    commands = list(build.outputs.order_by("created_at"))  # expect: scans-all [dj67m]
    previous = build.previous
    return render(request, "builds/detail.html", {"build": build, "commands": commands, "previous": previous})


def build_stats(request, project_slug):
    project = get_project(request, project_slug)
    running = recent_builds(project, hours=5).exclude(status="finished").count()  # expect: prunes [dj67o] cross
    last_day = list(recent_builds(project).order_by("-created_at").values("id", "status", "company"))  # expect: prunes [dj67p] cross
    versions = Lead.top_versions(project)
    return JsonResponse({"running": running, "last_day": last_day, "versions": versions})


def search_analytics(request, project_slug):
    project = get_project(request, project_slug)
    today = timezone.now().date()
    last_30th_day = today - timezone.timedelta(days=30)
    qs = Lead.objects.filter(
        campaign=project,
        created_at__date__lte=today,
        created_at__date__gte=last_30th_day,
    ).order_by("-created_at")
    return JsonResponse({"count": qs.count()})  # expect: scans-all [dj67r]

