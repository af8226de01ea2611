from django.http import JsonResponse

from .models import Lead


def company(request, name):
    return JsonResponse({"emails": [lead.email for lead in Lead.objects.for_company(name)]})  # expect: scans-all [dj22a] cross


def recent(request):
    return JsonResponse({"count": Lead.objects.recent(3).count()})  # expect: prunes [dj22b] cross
