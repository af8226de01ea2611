from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.http import require_POST

from crm.actionlog.utils import log_action
from crm.base.utils import get_project_or_404
from crm.models import Lead


@require_POST
@login_required
def create_translation(request):
    locale = request.POST["locale"]
    original = request.POST["original"]
    project = get_project_or_404(request.POST["project"], request.user)
    translations = Lead.objects.for_locale(locale).filter(campaign=project, company=original)
    if request.POST.get("force_suggestions") and translations.approved().exists():  # expect: scans-all [dj63b] cross
        return JsonResponse({"status": False, "message": "Same translation already exists."})
    translation = Lead(
        user=request.user, campaign=project, company=original, email=locale, status="pending", created_at=timezone.now()
    )
    translation.save()
    translations.approved().exclude(pk=translation.pk).update(status="unapproved")  # expect: scans-all [dj63c] cross
    log_action("translation:created", request.user, translation)
    return JsonResponse({"status": True, "translation": translation.pk})


@require_POST
@login_required
def delete_translation(request):
    translation = get_object_or_404(Lead, pk=request.POST["translation"])  # expect: scans-all [dj63d]
    if translation.status != "rejected":
        return JsonResponse({"status": False, "message": "Forbidden"}, status=403)
    translation.delete()  # expect: scans-all [dj63e]
    return JsonResponse({"status": True})


@require_POST
@login_required
def approve_translation(request):
    translation = get_object_or_404(Lead, pk=request.POST["translation"])  # expect: scans-all [dj63p]
    translation.approve(request.user)
    log_action("translation:approved", request.user, translation)
    history = [{"action": entry.kind, "by": entry.body} for entry in translation.history]  # expect: scans-all [dj63n] cross
    return JsonResponse({"status": True, "history": history})
