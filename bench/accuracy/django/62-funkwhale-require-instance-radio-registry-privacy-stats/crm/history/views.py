from rest_framework import mixins, viewsets
from rest_framework.response import Response

from crm.common.fields import privacy_level_query
from crm.models import AgentOutput


class ListeningViewSet(mixins.CreateModelMixin, viewsets.GenericViewSet):
    queryset = AgentOutput.objects.all().select_related("lead")

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.filter(privacy_level_query(self.request.user, "kind"))

    def list(self, request):
        listenings = list(self.get_queryset().order_by("-created_at")[:25])  # expect: scans-all [dj62l] cross
        return Response([l.id for l in listenings])
