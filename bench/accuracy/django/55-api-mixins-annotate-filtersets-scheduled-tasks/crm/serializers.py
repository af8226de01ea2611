from django.db.models import BooleanField, Case, Count, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from rest_framework import serializers

from crm.models import AgentOutput, Campaign, Lead


class PurchaseOrderSerializer(serializers.ModelSerializer):
    supplier = serializers.PrimaryKeyRelatedField(source="campaign", queryset=Campaign.objects.all())  # expect: scans-all [dj55j]
    line_items = serializers.IntegerField(read_only=True)
    overdue = serializers.BooleanField(read_only=True)

    class Meta:
        model = Lead
        fields = ["id", "company", "email", "status", "created_at", "supplier", "line_items", "overdue"]

    @staticmethod
    def annotate_queryset(queryset):
        """Add the line count and the overdue flag to each order."""
        lines = AgentOutput.objects.filter(lead=OuterRef("pk")).order_by().values("lead").annotate(c=Count("*")).values("c")
        return queryset.annotate(
            line_items=Coalesce(Subquery(lines), 0),
            overdue=Case(When(Lead.overdue_filter(), then=Value(True)), default=Value(False), output_field=BooleanField()),
        )


class PurchaseOrderLineItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = AgentOutput
        fields = ["id", "lead", "kind", "body", "created_at"]

    @staticmethod
    def annotate_queryset(queryset):
        return queryset.select_related("lead")


class PurchaseOrderCompleteSerializer(serializers.Serializer):
    accept_incomplete = serializers.BooleanField(default=False)

    def validate_accept_incomplete(self, value):
        order = self.context["order"]
        if not value and not order.is_complete:
            raise serializers.ValidationError("Order has incomplete line items")
        return value

    def save(self):
        order = self.context["order"]
        order.complete_order()
