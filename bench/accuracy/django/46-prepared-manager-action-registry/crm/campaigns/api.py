from datetime import timedelta

from django.db.models import Count
from django.utils import timezone
from rest_framework import generics, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from crm.models import Campaign


class CampaignSerializer(serializers.ModelSerializer):
    num_leads = serializers.IntegerField(read_only=True)

    class Meta:
        model = Campaign
        fields = ["id", "name", "archived", "num_leads"]


class CampaignListAPI(generics.ListAPIView):
    serializer_class = CampaignSerializer

    def get_queryset(self):
        return Campaign.objects.for_user(self.request.user).annotate(num_leads=Count("leads"))  # expect: scans-all [dj46g] cross


class CampaignSummaryAPI(APIView):
    def get(self, request, pk):
        campaign = generics.get_object_or_404(Campaign.objects.for_user(request.user), pk=pk)  # expect: prunes [dj46l] cross
        since = timezone.now() - timedelta(days=7)
        return Response({
            "id": campaign.id,
            "recent_leads": campaign.leads.filter(created_at__gte=since).count(),  # expect: prunes [dj46i]
        })
