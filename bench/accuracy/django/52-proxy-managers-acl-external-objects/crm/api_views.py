from datetime import timedelta

from django.utils.timezone import now
from rest_framework import serializers

from crm.models import AgentOutput, Campaign, Lead, RecentlyCreatedLead, TrashedLead
from crm.permissions import permission_campaign_view, permission_lead_view, permission_output_view
from crm.rest_api.generics import ExternalObjectAPIViewMixin, ListAPIView


class LeadSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lead
        fields = ["id", "company", "email", "status", "created_at"]


class AgentOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = AgentOutput
        fields = ["id", "lead", "kind", "created_at"]


class CampaignSerializer(serializers.ModelSerializer):
    class Meta:
        model = Campaign
        fields = ["id", "name", "archived"]


class APIRecentlyCreatedLeadListView(ListAPIView):
    """get: Return a list of the recently created leads."""

    mayan_object_permissions = {"GET": (permission_lead_view,)}
    queryset = RecentlyCreatedLead.valid.all()  # expect: prunes [dj52a] cross
    serializer_class = LeadSerializer


class APITrashedLeadListView(ListAPIView):
    mayan_object_permissions = {"GET": (permission_lead_view,)}
    queryset = TrashedLead.objects.all()  # expect: scans-all [dj52b] cross
    serializer_class = LeadSerializer


class APICampaignListView(ListAPIView):
    mayan_object_permissions = {"GET": (permission_campaign_view,)}
    queryset = Campaign.objects.all()  # expect: prunes [dj52p] cross
    serializer_class = CampaignSerializer


class APILeadOutputListView(ExternalObjectAPIViewMixin, ListAPIView):
    external_object_class = Lead  # expect: scans-all [dj52c] cross
    external_object_permission = permission_lead_view
    external_object_pk_url_kwarg = "lead_id"
    serializer_class = AgentOutputSerializer

    def get_queryset(self):
        return self.get_external_object().outputs.all()  # expect: scans-all [dj52d] cross


class APIRecentOutputListView(ListAPIView):
    mayan_object_permissions = {"GET": (permission_output_view,)}
    serializer_class = AgentOutputSerializer

    def get_queryset(self):
        days = int(self.request.query_params.get("days", 7))
        return AgentOutput.valid.filter(created_at__gte=now() - timedelta(days=days))  # expect: scans-all [dj52o] cross
