from datetime import datetime, timezone

from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from crm.models import AgentOutput, Lead


class SubsonicViewSet(viewsets.GenericViewSet):
    @action(methods=["GET"], detail=False, url_path="getStarred2")
    def get_starred2(self, request):
        favorites = AgentOutput.objects.filter(kind="favorite", body=request.user.email).select_related("lead")
        return Response({"song": [f.lead.company for f in favorites]})  # expect: scans-all [dj62v]

    @action(methods=["GET"], detail=False, url_path="getAlbumList2")
    def get_album_list2(self, request):
        size = int(request.GET.get("size", 10))
        offset = int(request.GET.get("offset", 0))
        queryset = Lead.objects.playable_by(request.user)
        if request.GET.get("fromYear"):
            since = datetime(int(request.GET["fromYear"]), 1, 1, tzinfo=timezone.utc)
            queryset = queryset.filter(created_at__gte=since)
        uploads = queryset.order_by("-created_at")[offset:offset + size]
        return Response({"album": [u.company for u in uploads]})  # expect: scans-all [dj62t] cross

    @action(methods=["GET"], detail=False, url_path="getNewest")
    def get_newest(self, request):
        since = datetime.now(timezone.utc).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        uploads = Lead.objects.playable_by(request.user).filter(created_at__gte=since).order_by("-created_at")
        return Response({"song": [u.company for u in uploads[:50]]})  # expect: prunes [dj62u] cross
