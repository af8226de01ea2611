from datetime import timedelta

from django.utils import timezone
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from crm.core.api.views import NautobotModelViewSet
from crm.core.querysets import count_related
from crm.leads.filters import LeadFilterSet
from crm.models import AgentOutput, Campaign, Lead


class LeadSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lead
        fields = ["id", "company", "email", "status", "created_at"]


class CampaignSerializer(serializers.ModelSerializer):
    lead_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Campaign
        fields = ["id", "name", "archived", "lead_count"]


class AgentOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = AgentOutput
        fields = ["id", "lead", "kind", "created_at"]


class LeadViewSet(NautobotModelViewSet):
    queryset = Lead.objects.select_related("campaign")  # expect: scans-all [dj50a] cross
    serializer_class = LeadSerializer
    filterset_class = LeadFilterSet

    @action(detail=True, methods=["get"])
    def outputs(self, request, pk=None):
        lead = self.get_object()  # expect: scans-all [dj50l] cross
        outputs = AgentOutput.objects.restrict(request.user).filter(lead=lead, created_at__gte=lead.created_at)
        return Response(AgentOutputSerializer(outputs, many=True).data)  # expect: prunes [dj50m] cross


class CampaignViewSet(NautobotModelViewSet):
    queryset = Campaign.objects.annotate(lead_count=count_related(Lead, "campaign"))  # expect: scans-all [dj50b] cross
    serializer_class = CampaignSerializer


class RecentOutputViewSet(NautobotModelViewSet):
    queryset = AgentOutput.objects.all()
    serializer_class = AgentOutputSerializer
    window_days = 7

    def get_queryset(self):
        return super().get_queryset().filter(created_at__gte=timezone.now() - timedelta(days=self.window_days)).order_by("-created_at")  # expect: prunes [dj50c] cross
