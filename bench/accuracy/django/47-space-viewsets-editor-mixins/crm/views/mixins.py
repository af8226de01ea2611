from django.core.cache import caches
from rest_framework import decorators
from rest_framework.response import Response

from crm.models import Lead


class DeleteRelationMixing:
    """Lists what still points at an object before the user deletes it."""

    @decorators.action(detail=True, methods=["GET"])
    def protecting(self, request, pk):
        obj = self.queryset.filter(pk=pk, user=request.user).first()  # expect: scans-all [dj47d] cross
        if not obj:
            return Response([])
        cache_key = f"DELETE_COLLECTOR_{request.user.pk}_PROTECTING_{obj.__class__.__name__}_{obj.pk}"
        cached = caches["default"].get(cache_key)
        if cached is not None:
            return Response(cached)
        protected = [{"id": o.pk, "model": "AgentOutput"} for o in obj.outputs.all()[:100]]  # expect: scans-all [dj47p]
        caches["default"].set(cache_key, protected, 60)
        return Response(protected)


class MergeMixin:
    """Merges one object into another of the same user; `model` is set by the viewset."""

    model = None

    @decorators.action(detail=True, url_path=r"merge/(?P<target>[^/.]+)", methods=["PUT"])
    def merge(self, request, pk, target):
        source = self.model.objects.get(pk=pk, user=request.user)  # expect: prunes [dj47n] cross
        target = self.model.objects.get(pk=target, user=request.user)  # expect: prunes [dj47q] cross
        Lead.objects.filter(campaign=source).update(campaign=target)  # expect: scans-all [dj47o]
        source.delete()  # expect: scans-all [dj47r]
        return Response({"id": target.id})
