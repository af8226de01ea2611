from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from crm.radios.radios import RecentlyAddedRadio
from crm.radios.registry import registry


class RadioSessionViewSet(viewsets.GenericViewSet):
    @action(methods=["POST"], detail=False)
    def tracks(self, request):
        radio = registry[request.data["radio_type"]](request.user)
        track = radio.pick(exclude=request.data.get("exclude", []))
        return Response({"track": track.id if track else None})

    @action(methods=["GET"], detail=False)
    def recently_added(self, request):
        uploads = RecentlyAddedRadio(request.user).get_queryset().order_by("-created_at")[:20]
        return Response([u.company for u in uploads])  # expect: prunes [dj62x] cross
