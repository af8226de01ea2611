from rest_framework import status
from rest_framework.response import Response

from crm.models import Lead
from crm.utils.analytics import analytics_window, build_graph_plot
from crm.views.base import BaseAPIView


class LeadAnalyticsEndpoint(BaseAPIView):
    def get(self, request, user_id):
        x_axis = request.GET.get("x_axis", "status")
        if x_axis not in ("status", "company", "campaign_id"):
            return Response({"error": "x_axis is not valid"}, status=status.HTTP_400_BAD_REQUEST)
        queryset = Lead.lead_objects.filter(user_id=user_id, **analytics_window(request.GET))
        return Response({"distribution": build_graph_plot(queryset, x_axis)}, status=status.HTTP_200_OK)
