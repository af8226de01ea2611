from django.http import JsonResponse

from crm.models import AgentOutput
from crm.utils import get_page_items


def alerts(request):
    user_alerts = AgentOutput.objects.filter(kind="alert", body=request.user.email).order_by("-created_at")
    page = get_page_items(request, user_alerts, 25)
    return JsonResponse({"alerts": [a.id for a in page]})  # expect: scans-all [dj70ac] cross


def alerts_json(request):
    latest = AgentOutput.objects.filter(kind="alert", body=request.user.email).order_by("-created_at")[:10]
    return JsonResponse({"alerts": [a.id for a in latest]})  # expect: scans-all [dj70w]
