from django.core.cache import cache
from django.http import JsonResponse

from crm.instance import stats


def nodeinfo(request):
    data = cache.get_or_set("instance:stats", stats.get, 3600)
    return JsonResponse({"usage": data})


def monthly(request, year, month):
    return JsonResponse({"uploads": stats.get_uploads_for_month(int(year), int(month))})
