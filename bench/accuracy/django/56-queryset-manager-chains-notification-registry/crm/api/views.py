from rest_framework import serializers, viewsets
from rest_framework.decorators import action

from crm.models import AgentOutput, Campaign


class ChangeSerializer(serializers.ModelSerializer):
    class Meta:
        model = AgentOutput
        fields = ["id", "lead", "kind", "created_at"]


class ProjectSerializer(serializers.ModelSerializer):
    class Meta:
        model = Campaign
        fields = ["id", "name"]


class ChangeViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ChangeSerializer
    queryset = AgentOutput.objects.none()

    def get_queryset(self):
        return AgentOutput.objects.last_changes(self.request.user).order_by("id")  # expect: scans-all [dj56j] cross


class ProjectViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ProjectSerializer
    queryset = Campaign.objects.none()

    def get_queryset(self):
        return self.request.user.allowed_campaigns.order_by("id")

    @action(detail=True, methods=["get"])
    def changes(self, request, **kwargs):
        obj = self.get_object()  # expect: prunes [dj56k] cross
        queryset = AgentOutput.objects.filter(lead__campaign=obj).order_by("id")
        page = self.paginate_queryset(queryset)  # expect: scans-all [dj56l]
        serializer = ChangeSerializer(page, many=True)
        return self.get_paginated_response(serializer.data)
