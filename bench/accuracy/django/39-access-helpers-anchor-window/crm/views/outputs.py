from django.http import JsonResponse
from django.views.decorators.http import require_GET

from crm.lib.leads import access_lead_by_id, outputs_in_window


@require_GET
def get_outputs_backend(request, lead_id):
    lead = access_lead_by_id(request.user, lead_id)  # expect: scans-all [dj39a] cross
    anchor = int(request.GET.get("anchor", "0"))
    rows = list(outputs_in_window(lead.id, anchor, 50, since=lead.created_at))  # expect: prunes [dj39b] cross
    return JsonResponse({"outputs": [{"id": r.id, "kind": r.kind} for r in rows]})


@require_GET
def get_outputs_by_anchor(request, lead_id):
    anchor = int(request.GET.get("anchor", "0"))
    num_before = min(int(request.GET.get("num_before", "20")), 100)
    rows = list(outputs_in_window(lead_id, anchor, num_before))  # expect: scans-all [dj39c] cross
    return JsonResponse({"outputs": [r.id for r in rows]})

