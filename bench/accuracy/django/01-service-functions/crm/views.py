from datetime import timedelta

from django.http import JsonResponse
from django.utils import timezone

from . import services


def company_leads(request):
    leads = list(services.leads_for_company(request.GET["company"])[:50])  # expect: scans-all [dj01a] cross
    return JsonResponse({"leads": [lead.email for lead in leads]})


def company_leads_this_week(request):
    since = timezone.now() - timedelta(days=7)
    qs = services.leads_for_company(request.GET["company"]).filter(created_at__gte=since)
    return JsonResponse({"count": qs.count()})  # expect: prunes [dj01b] cross


def recent(request):
    emails = [lead.email for lead in services.recent_leads(7)]  # expect: prunes [dj01c] cross
    return JsonResponse({"emails": emails})
