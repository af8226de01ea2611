from django.utils.dateparse import parse_datetime
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from crm.base.services.orders import OrderError, mark_order_paid
from crm.models import Lead


class OrderSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lead
        fields = ["id", "email", "status", "created_at"]


class OrderViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = OrderSerializer
    lookup_field = "pk"

    def get_queryset(self):
        qs = self.request.event.leads.select_related("campaign")
        if self.request.query_params.get("modified_since"):
            qs = qs.filter(created_at__gte=parse_datetime(self.request.query_params["modified_since"]))
        return qs.order_by("-created_at")  # expect: scans-all [dj54m]

    @action(detail=True, methods=["POST"])
    def mark_paid(self, request, **kwargs):
        order = self.get_object()  # expect: scans-all [dj54n] cross
        try:
            mark_order_paid(order, user=request.user)
        except OrderError as e:
            return Response({"detail": str(e)}, status=400)
        return Response(OrderSerializer(order).data)
