from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from crm.api.serializers import LeadSerializer
from crm.models import Lead


class UserSelectViewSet(viewsets.ReadOnlyModelViewSet):
    """Every API v2 endpoint shows what the requesting user may see."""

    model = None

    def get_queryset(self):
        return self.model.objects.api_v2(self.request.user)  # expect: scans-all [dj43i] cross


class LeadViewSet(UserSelectViewSet):
    serializer_class = LeadSerializer
    model = Lead

    @action(detail=False)
    def won(self, request):
        leads = self.get_queryset().filter(status="won").order_by("-created_at")[:50]  # expect-also: [dj43b]
        return Response(self.get_serializer(leads, many=True).data)  # expect: scans-all [dj43b] cross
