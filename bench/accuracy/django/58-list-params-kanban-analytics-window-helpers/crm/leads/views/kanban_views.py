from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from crm.leads.serializer import LeadKanbanCardSerializer
from crm.leads.validators import date_param
from crm.leads.views.lead_views import LEAD_STATUS
from crm.models import Lead


class LeadKanbanView(APIView):
    permission_classes = (IsAuthenticated,)

    def get(self, request):
        org = request.profile.org
        queryset = Lead.objects.filter(user=org).exclude(status="converted").select_related("user")
        queryset = self._apply_filters(queryset, request.query_params)
        return self._get_status_kanban(queryset)

    def _apply_filters(self, queryset, params):
        if params.get("search"):
            queryset = queryset.filter(company__icontains=params.get("search"))
        created_at_gte = date_param(params, "created_at__gte")
        if created_at_gte:
            queryset = queryset.filter(created_at__gte=created_at_gte)
        created_at_lte = date_param(params, "created_at__lte")
        if created_at_lte:
            queryset = queryset.filter(created_at__lte=created_at_lte)
        return queryset

    def _get_status_kanban(self, queryset):
        columns = []
        for status_value, label in LEAD_STATUS:
            if status_value == "converted":
                continue
            leads = queryset.filter(status=status_value).order_by("-created_at")
            lead_count = leads.count()  # expect: scans-all [dj58k] cross
            cards = LeadKanbanCardSerializer(leads[:100], many=True).data  # expect: scans-all [dj58l] cross
            columns.append({"id": status_value, "name": label, "lead_count": lead_count, "leads": cards})
        total_leads = queryset.count()  # expect: scans-all [dj58m] cross
        return Response({"mode": "status", "columns": columns, "total_leads": total_leads})
