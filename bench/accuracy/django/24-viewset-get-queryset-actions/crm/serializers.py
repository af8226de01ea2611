from rest_framework import serializers

from .models import AgentOutput, Lead


class LeadSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lead
        fields = ["id", "company", "email", "status", "created_at"]


class AgentOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = AgentOutput
        fields = ["id", "lead_id", "kind", "body", "created_at"]
