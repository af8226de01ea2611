from django.http import JsonResponse

from crm.lib.leads import get_active_campaign_ids, get_recent_user_leads, get_user_leads, outputs_for_lead
from crm.models import Lead


def lead_emails(request):
    emails = list(get_user_leads(request.user).values_list("email", flat=True))  # expect: scans-all [dj25a] cross
    return JsonResponse({"emails": emails})


def recent_count(request):
    return JsonResponse({"n": get_recent_user_leads(request.user).count()})  # expect: prunes [dj25b] cross


def campaign_leads(request):
    leads = Lead.objects.filter(campaign_id__in=get_active_campaign_ids(request.user))
    return JsonResponse({"n": leads.count()})  # expect: scans-all [dj25c] cross


def lead_detail(request, lead_id, created_at):
    lead = Lead.objects.get(pk=lead_id, created_at=created_at)  # expect: prunes [dj25d]
    kinds = [o.kind for o in outputs_for_lead(lead)]  # expect: prunes [dj25e] cross
    drafts = lead.outputs.filter(kind="draft").count()  # expect: scans-all [dj25f]
    return JsonResponse({"kinds": kinds, "drafts": drafts})


def bulk_status(request):
    ids = [int(i) for i in request.GET.getlist("id")]
    found = Lead.objects.in_bulk(ids)  # expect: scans-all [dj25g]
    return JsonResponse({str(k): v.status for k, v in found.items()})
