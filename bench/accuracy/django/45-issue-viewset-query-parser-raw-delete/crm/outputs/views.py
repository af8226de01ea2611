from datetime import timedelta

from django.utils.timezone import now
from rest_framework import mixins, permissions, serializers, viewsets

from crm.models import AgentOutput


class OutputOwnerPermission(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        return obj.lead.user_id == request.user.id  # expect: scans-all [dj45k]


class OutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = AgentOutput
        fields = ["id", "lead_id", "kind", "body", "created_at"]


class RecentOutputViewSet(mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Outputs older than the retention window are gone; only recent ones can be opened."""

    queryset = AgentOutput.objects.all()
    serializer_class = OutputSerializer
    permission_classes = [OutputOwnerPermission]

    def get_queryset(self):
        return super().get_queryset().filter(created_at__gte=now() - timedelta(days=30))  # expect: prunes [dj45j] cross
