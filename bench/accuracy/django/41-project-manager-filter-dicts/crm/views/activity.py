from rest_framework import status
from rest_framework.response import Response

from crm.models import AgentOutput, Lead
from crm.utils.paginator import paginate
from crm.views.base import BaseAPIView


class LeadActivityEndpoint(BaseAPIView):
    def get(self, request, user_id, lead_id):
        lead = Lead.lead_objects.get(pk=lead_id, user_id=user_id)  # expect: scans-all [dj41d]
        activity = AgentOutput.objects.filter(lead_id=lead.id, created_at__gte=lead.created_at)
        if request.GET.get("kind"):
            activity = activity.filter(kind=request.GET["kind"])
        return Response(
            paginate(
                base_queryset=activity,
                queryset=activity.order_by("-created_at"),
                cursor=request.GET.get("cursor"),
                on_results=lambda rows: [{"id": o.id, "kind": o.kind, "created_at": o.created_at} for o in rows],
            ),
            status=status.HTTP_200_OK,
        )
