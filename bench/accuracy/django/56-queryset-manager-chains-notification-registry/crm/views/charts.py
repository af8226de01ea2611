from django.http import JsonResponse

from crm.models import AgentOutput
from crm.views.utils import get_unit


def monthly_activity(request, unit_id, created):
    unit = get_unit(request, unit_id, created)
    stats = AgentOutput.objects.base_stats(30, 1, lead=unit)
    return JsonResponse({"series": [[day.isoformat(), n] for day, n in stats]})


def unit_history(request, unit_id, created):
    unit = get_unit(request, unit_id, created)
    try:
        last = unit.get_last_content_change()
    except IndexError:
        last = None
    return JsonResponse({"last_change": last.pk if last else None})
