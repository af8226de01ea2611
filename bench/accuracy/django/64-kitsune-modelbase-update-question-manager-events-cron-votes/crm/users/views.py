from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from crm.models import Campaign


def watch_list(request):
    watches = Campaign.objects.filter(user=request.user, archived=False).order_by("name")
    return JsonResponse({"watches": [w.name for w in watches]})  # expect: prunes [dj64v]


def unwatch(request, watch_id):
    watch = get_object_or_404(Campaign, pk=watch_id, name=request.GET["name"])  # expect: scans-all [dj64w]
    watch.delete()  # expect: scans-all [dj64x]
    return JsonResponse({"ok": True})


def deactivate_watches(request):
    Campaign.objects.filter(user=request.user).update(archived=True)  # expect: prunes [dj64y]
    return JsonResponse({"ok": True})
