from rest_framework import serializers

from crm.models import AgentOutput


class TimelineSerializer(serializers.ModelSerializer):
    class Meta:
        model = AgentOutput
        fields = ["id", "kind", "body", "created_at"]
