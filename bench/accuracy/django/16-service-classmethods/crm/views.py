from django.http import JsonResponse

from .services import LeadService


def user_leads(request, user_id):
    return JsonResponse({"ids": [lead.id for lead in LeadService.for_user(user_id)[:100]]})  # expect: scans-all [dj16a] cross


def user_recent_leads(request, user_id):
    return JsonResponse({"ids": list(LeadService.recent_for_user(user_id).values_list("id", flat=True))})  # expect: prunes [dj16b] cross
