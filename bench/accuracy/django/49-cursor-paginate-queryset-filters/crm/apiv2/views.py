from django.http import JsonResponse
from rest_framework.decorators import api_view

from crm.apiv2.pagination import paginate_queryset
from crm.campaigns.utils import get_campaign_or_404
from crm.models import AgentOutput, Lead
from crm.readtracker.leads import is_campaign_read
from crm.readtracker.readtime import get_default_read_time


def serialize_output(output):
    return {"id": output.id, "lead": output.lead_id, "kind": output.kind, "company": output.lead.company}


@api_view(["GET"])
def outputs(request):
    queryset = AgentOutput.objects.filter(lead__user=request.user).select_related("lead").order_by("-id")

    filter_by = request.GET.get("filter")
    if filter_by == "drafts":
        queryset = queryset.filter(kind="draft")
    if filter_by == "emails":
        queryset = queryset.filter(kind="email")

    page = paginate_queryset(request, queryset, "-id", request.settings.outputs_page_limit)  # expect: scans-all [dj49c] cross

    if not request.user.unread_outputs and "after" not in request.GET:
        count_limit = request.settings.unread_outputs_limit + 1
        real_unread = AgentOutput.objects.filter(lead__user=request.user, kind="draft")[:count_limit].count()  # expect: scans-all [dj49d]
        request.user.unread_outputs = real_unread

    return JsonResponse({
        "results": [serialize_output(o) for o in page.items],
        "hasNext": page.has_next,
        "lastCursor": page.last_cursor,
    })


@api_view(["POST"])
def outputs_read_all(request):
    read_time = get_default_read_time(request.settings, request.user)
    AgentOutput.objects.filter(lead__user=request.user, kind="draft", created_at__gte=read_time).update(kind="seen")  # expect: scans-all [dj49e]
    return JsonResponse({"ok": True})


@api_view(["GET"])
def leads(request):
    read_time = get_default_read_time(request.settings, request.user)
    queryset = Lead.objects.filter(user=request.user, created_at__gte=read_time).order_by("-id")
    page = paginate_queryset(request, queryset, "-id", request.settings.leads_per_page)  # expect: prunes [dj49f] cross
    return JsonResponse({"results": [{"id": lead.id, "company": lead.company} for lead in page.items], "hasNext": page.has_next})


@api_view(["GET"])
def campaign(request, campaign_id):
    campaign = get_campaign_or_404(request.user, campaign_id)
    return JsonResponse({"id": campaign.id, "name": campaign.name, "is_read": is_campaign_read(request, campaign)})
