from rest_framework import generics, serializers
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from crm.data_manager.actions import perform_action
from crm.data_manager.functions import get_prepared_queryset
from crm.data_manager.next_lead import get_next_lead
from crm.models import Campaign, Lead


class LeadPagination(PageNumberPagination):
    page_size = 100
    max_page_size = 1000


class DataManagerLeadSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lead
        fields = ["id", "company", "email", "status", "created_at"]


class LeadListAPI(generics.ListAPIView):
    serializer_class = DataManagerLeadSerializer
    pagination_class = LeadPagination

    def get_queryset(self):
        campaign = generics.get_object_or_404(Campaign.objects.for_user(self.request.user), pk=self.request.query_params.get("campaign"))  # expect: prunes [dj46a] cross
        return get_prepared_queryset(self.request, campaign).order_by("-id")  # expect: scans-all [dj46b] cross


class ActionAPI(APIView):
    def post(self, request):
        campaign = generics.get_object_or_404(Campaign.objects.for_user(request.user), pk=request.data["campaign"])  # expect: prunes [dj46h] cross
        queryset = get_prepared_queryset(request, campaign)
        result = perform_action(request.query_params["id"], campaign, queryset, request.user, **request.data.get("params", {}))
        return Response(result)


class NextLeadAPI(APIView):
    def get(self, request, campaign_pk):
        campaign = generics.get_object_or_404(Campaign.objects.for_user(request.user), pk=campaign_pk)  # expect: prunes [dj46k] cross
        lead = get_next_lead(request.user, get_prepared_queryset(request, campaign), campaign)
        if lead is None:
            return Response({"detail": "No more leads"}, status=404)
        return Response(DataManagerLeadSerializer(lead).data)
