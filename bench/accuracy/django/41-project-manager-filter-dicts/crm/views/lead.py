from django.db.models import Count, OuterRef, Subquery
from rest_framework import status
from rest_framework.response import Response

from crm.bgtasks.lead_archive import archive_leads_task
from crm.models import AgentOutput, Lead
from crm.utils.lead_filters import lead_filters
from crm.utils.order_queryset import order_lead_queryset
from crm.views.base import BaseAPIView, BaseViewSet


class LeadListEndpoint(BaseAPIView):
    def get(self, request, user_id):
        lead_ids = [i for i in request.GET.get("leads", "").split(",") if i]
        if not lead_ids:
            return Response({"error": "Leads are required"}, status=status.HTTP_400_BAD_REQUEST)

        queryset = Lead.lead_objects.filter(user_id=user_id, pk__in=lead_ids)
        filters = lead_filters(request.query_params, "GET")
        lead_queryset = queryset.filter(**filters).annotate(
            output_count=Subquery(
                AgentOutput.objects.filter(lead_id=OuterRef("id")).values("lead_id").annotate(count=Count("id")).values("count")
            )
        )
        lead_queryset, _ = order_lead_queryset(lead_queryset, request.GET.get("order_by", "-created_at"))
        leads = list(lead_queryset.values("id", "company", "email", "status", "created_at", "output_count"))  # expect: scans-all [dj41a] cross
        return Response(leads, status=status.HTTP_200_OK)


class LeadViewSet(BaseViewSet):
    model = Lead

    def get_queryset(self):
        return Lead.lead_objects.filter(user_id=self.kwargs.get("user_id")).distinct()  # expect: scans-all [dj41h]

    def retrieve(self, request, user_id, pk=None):
        lead = self.get_queryset().filter(pk=pk).values("id", "company", "email", "status").first()  # expect: scans-all [dj41b] cross
        if lead is None:
            return Response({"error": "Lead not found"}, status=status.HTTP_404_NOT_FOUND)
        return Response(lead, status=status.HTTP_200_OK)

    def bulk_archive(self, request, user_id):
        lead_ids = request.data.get("lead_ids", [])
        archive_leads_task.delay(user_id=user_id, lead_ids=lead_ids)
        return Response(status=status.HTTP_202_ACCEPTED)
