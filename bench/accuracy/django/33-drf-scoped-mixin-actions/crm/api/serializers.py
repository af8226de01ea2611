from rest_framework import serializers

from crm.models import AgentOutput, Lead


class LeadSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lead
        fields = ["id", "company", "email", "status", "created_at"]


class LeadDetailSerializer(LeadSerializer):
    output_count = serializers.SerializerMethodField()

    class Meta(LeadSerializer.Meta):
        fields = LeadSerializer.Meta.fields + ["output_count"]

    def get_output_count(self, obj):
        return obj.outputs.count()  # expect: scans-all [dj33e]


class AgentOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = AgentOutput
        fields = ["id", "kind", "body", "created_at"]
