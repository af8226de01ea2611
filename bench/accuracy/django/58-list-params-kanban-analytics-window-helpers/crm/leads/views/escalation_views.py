from datetime import timedelta

from django.utils import timezone
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from crm.models import Lead

BREACH_WINDOW_DAYS = 30


class SlaBreachSummaryView(APIView):
    permission_classes = (IsAuthenticated,)

    def get(self, request):
        cutoff = timezone.now() - timedelta(days=BREACH_WINDOW_DAYS)
        counts = {}
        qs = Lead.objects.filter(user=request.profile.org, status="assigned", created_at__gte=cutoff)
        for lead in qs.iterator():  # expect: prunes [dj58u]
            if timezone.now() - lead.created_at > timedelta(days=2):
                counts[lead.campaign_id] = counts.get(lead.campaign_id, 0) + 1
        return Response({"window_days": BREACH_WINDOW_DAYS, "by_campaign": counts})
