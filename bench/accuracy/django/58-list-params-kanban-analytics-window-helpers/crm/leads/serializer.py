from rest_framework import serializers

from crm.models import AgentOutput, Lead


class LeadSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lead
        fields = ("id", "company", "email", "status", "created_at", "campaign")


class LeadKanbanCardSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lead
        fields = ("id", "company", "status", "created_at")


class LeadCreateSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lead
        fields = ("company", "email", "status", "campaign")


class LeadCommentSerializer(serializers.ModelSerializer):
    class Meta:
        model = AgentOutput
        fields = ("id", "body", "created_at")
