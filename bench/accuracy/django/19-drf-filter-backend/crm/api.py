from rest_framework import generics, serializers

from .filters import RecentOnlyFilter
from .models import AgentOutput, Lead


class LeadSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lead
        fields = ["id", "company", "status", "created_at"]


class OutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = AgentOutput
        fields = ["id", "kind", "created_at"]


class RecentLeadList(generics.ListAPIView):
    queryset = Lead.objects.all()  # expect: prunes [dj19a] cross
    serializer_class = LeadSerializer
    filter_backends = [RecentOnlyFilter]


class OutputList(generics.ListAPIView):
    queryset = AgentOutput.objects.filter(kind="email")  # expect: scans-all [dj19b]
    serializer_class = OutputSerializer
