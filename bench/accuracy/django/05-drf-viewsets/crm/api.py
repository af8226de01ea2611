from datetime import timedelta

from django.utils import timezone
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import AgentOutput, Lead
from .serializers import AgentOutputSerializer, LeadSerializer


class AgentOutputViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = AgentOutput.objects.all()  # expect: scans-all [dj05a]
    serializer_class = AgentOutputSerializer


class LeadViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = LeadSerializer

    def get_queryset(self):
        since = timezone.now() - timedelta(days=int(self.request.query_params.get("days", 30)))
        return Lead.objects.filter(user=self.request.user, created_at__gte=since)  # expect: prunes [dj05b]

    @action(detail=False)
    def by_company(self, request):
        leads = Lead.objects.filter(company=request.query_params["company"])  # expect-also: [dj05c]
        return Response(LeadSerializer(leads, many=True).data)  # expect: scans-all [dj05c]
