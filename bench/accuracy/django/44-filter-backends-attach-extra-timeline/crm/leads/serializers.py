from rest_framework import serializers

from crm.models import Lead


class LeadSerializer(serializers.ModelSerializer):
    total_outputs = serializers.IntegerField(source="total_outputs_attr", read_only=True)

    class Meta:
        model = Lead
        fields = ["id", "company", "email", "status", "created_at", "total_outputs"]
