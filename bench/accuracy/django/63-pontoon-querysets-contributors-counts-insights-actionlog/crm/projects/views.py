from datetime import timedelta

from django.http import JsonResponse
from django.utils import timezone

from crm.base.utils import get_project_or_404
from crm.models import Campaign


def projects(request):
    visible = Campaign.objects.visible_for(request.user).order_by("name")
    return JsonResponse({"projects": [p.name for p in visible]})  # expect: prunes [dj63k] cross


def admin_dashboard(request):
    return JsonResponse({"enabled": Campaign.objects.available().count()})  # expect: scans-all [dj63l] cross


def project_info(request, slug):
    project = get_project_or_404(slug, request.user)
    latest = project.latest_translation(timezone.now() - timedelta(days=30))
    return JsonResponse({"name": project.name, "latest": latest.pk if latest else None})


def disable_project(request, pk):
    updated = Campaign.objects.visible_for(request.user).filter(pk=pk).update(archived=True)  # expect: prunes [dj63r] cross
    return JsonResponse({"disabled": updated})
