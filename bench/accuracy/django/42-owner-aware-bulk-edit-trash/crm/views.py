from datetime import timedelta

from django.db.models import Count
from django.utils import timezone
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.filters import OrderingFilter, SearchFilter
from rest_framework.generics import GenericAPIView
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.viewsets import ModelViewSet

from crm import bulk_edit
from crm.filters import LeadFilterSet
from crm.models import AgentOutput, Lead
from crm.permissions import get_leads_for_user_owner_aware
from crm.trash import trash_queryset


class StandardPagination(PageNumberPagination):
    page_size = 25
    page_size_query_param = "page_size"


class LeadSerializer(serializers.ModelSerializer):
    num_outputs = serializers.IntegerField(read_only=True)

    class Meta:
        model = Lead
        fields = ["id", "company", "email", "status", "created_at", "num_outputs"]


class LeadViewSet(ModelViewSet):
    serializer_class = LeadSerializer
    pagination_class = StandardPagination
    filter_backends = (DjangoFilterBackend, SearchFilter, OrderingFilter)
    filterset_class = LeadFilterSet
    search_fields = ("company", "email")
    ordering_fields = ("company", "created_at", "status")

    def get_queryset(self):
        return (
            Lead.objects.distinct()
            .order_by("-created_at")
            .annotate(num_outputs=Count("outputs"))
        )  # expect: scans-all [dj42a]

    @action(methods=["get"], detail=True)
    def outputs(self, request, pk=None):
        lead = self.get_object()  # expect: scans-all [dj42b] cross
        rows = AgentOutput.objects.filter(lead=lead, created_at__gte=lead.created_at).order_by("-created_at").values("id", "kind", "created_at")
        return Response(list(rows))  # expect: prunes [dj42c]


class StatisticsView(GenericAPIView):
    def get(self, request, format=None):
        leads = get_leads_for_user_owner_aware(request.user)
        month_start = timezone.now().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        return Response(
            {
                "leads_total": leads.count(),  # expect: scans-all [dj42d] cross
                "leads_this_month": leads.filter(created_at__gte=month_start).count(),  # expect: prunes [dj42e] cross
                "leads_last_week": leads.filter(created_at__gte=timezone.now() - timedelta(days=7)).values("status").annotate(n=Count("id")).count(),  # expect: prunes [dj42j] cross
            }
        )


class BulkEditView(GenericAPIView):
    MODIFIED_FIELD_BY_METHOD = {"set_status": "status"}

    def post(self, request, *args, **kwargs):
        method = getattr(bulk_edit, request.data["method"])
        parameters = request.data.get("parameters", {})
        lead_ids = request.data["leads"]
        return Response({"result": method(lead_ids, **parameters)})


class TrashView(GenericAPIView):
    def post(self, request, *args, **kwargs):
        lead_ids = request.data.get("leads")
        if request.data.get("action") == "empty":
            deleted, _ = trash_queryset(lead_ids=lead_ids).delete()  # expect: scans-all [dj42h] cross
            return Response({"deleted": deleted})
        return Response({"error": "unknown action"}, status=400)
