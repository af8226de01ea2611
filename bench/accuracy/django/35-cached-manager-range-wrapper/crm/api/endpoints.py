from datetime import timedelta

from django.db.models import Count
from django.utils import timezone
from rest_framework.response import Response
from rest_framework.views import APIView

from crm.models import AgentOutput, Lead


class UserStatsEndpoint(APIView):
    def get(self, request, user_id):
        since = timezone.now() - timedelta(days=int(request.GET.get("days", 14)))
        by_status = list(
            Lead.objects.filter(user_id=user_id, created_at__gte=since).values("status").annotate(n=Count("id")).order_by()
        )  # expect: prunes [dj35e]
        outputs = AgentOutput.objects.filter(lead__user_id=user_id, lead__created_at__gte=since).count()  # expect: scans-all [dj35f]
        return Response({"by_status": by_status, "outputs": outputs})
