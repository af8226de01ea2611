import datetime

from django.db.models import Q
from django.utils import timezone
from rest_framework import decorators, serializers, viewsets
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from crm.helper.lead_helper import lead_list_helper, leads_between
from crm.helper.output_editor import LeadOutputEditor
from crm.helper.permission_helper import get_household_user_ids
from crm.models import AgentOutput, Campaign, Lead
from crm.views.mixins import DeleteRelationMixing, MergeMixin


class DefaultPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class CampaignSerializer(serializers.ModelSerializer):
    class Meta:
        model = Campaign
        fields = ["id", "name", "archived"]


class LeadSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lead
        fields = ["id", "company", "email", "status", "created_at"]


class AgentOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = AgentOutput
        fields = ["id", "lead", "kind", "body", "created_at"]


class StandardFilterModelViewSet(viewsets.ModelViewSet):
    """Optional `query`, `since` and `limit` params on top of the queryset the subclass scoped."""

    def get_queryset(self):
        queryset = self.queryset
        query = self.request.query_params.get("query", None)
        if query is not None:
            queryset = queryset.filter(name__icontains=query)

        since = self.request.query_params.get("since", None)
        if since is not None:
            queryset = queryset.filter(created_at__gte=since)

        limit = self.request.query_params.get("limit", None)
        if limit is not None:
            queryset = queryset[:int(limit)]
        return queryset  # expect-also: [dj47b]


class CampaignViewSet(MergeMixin, StandardFilterModelViewSet):
    queryset = Campaign.objects
    model = Campaign
    serializer_class = CampaignSerializer
    pagination_class = DefaultPagination

    def get_queryset(self):
        self.queryset = self.queryset.filter(user=self.request.user).order_by("name")
        return super().get_queryset()  # expect: prunes [dj47a] cross


class RecentLeadViewSet(StandardFilterModelViewSet):
    queryset = Lead.objects
    serializer_class = LeadSerializer

    def get_queryset(self):
        self.queryset = self.queryset.filter(user=self.request.user).order_by("-created_at")
        return super().get_queryset()  # expect: scans-all [dj47b] cross


class LeadViewSet(DeleteRelationMixing, viewsets.ModelViewSet):
    queryset = Lead.objects
    serializer_class = LeadSerializer
    pagination_class = DefaultPagination

    def get_queryset(self):
        queryset = self.queryset.filter(Q(user=self.request.user) | Q(user_id__in=get_household_user_ids(self.request.user))).distinct().all()

        from_date = self.request.query_params.get("from_date", timezone.now() - datetime.timedelta(days=90))
        if from_date is not None:
            queryset = queryset.filter(created_at__gte=from_date)

        campaign = self.request.query_params.getlist("campaign", [])
        if campaign:
            queryset = queryset.filter(campaign_id__in=campaign)

        return lead_list_helper(queryset, self.request)  # expect: prunes [dj47c] cross

    @decorators.action(detail=False, methods=["GET"])
    def calendar(self, request):
        from_date = request.query_params.get("from", str(timezone.now().date()))
        to_date = request.query_params.get("to", str(timezone.now().date() + datetime.timedelta(days=30)))
        events = [{"id": lead.id, "title": lead.company, "day": lead.created_at.date()} for lead in leads_between(request.user, from_date, to_date)]  # expect: scans-all [dj47k] cross
        return Response(events)

    @decorators.action(detail=True, methods=["GET"])
    def outputs(self, request, pk):
        editor = LeadOutputEditor(request.user, lead=int(pk), since=request.query_params.get("since"))
        if editor.lead is None:
            return Response(status=404)
        return Response(AgentOutputSerializer(editor.recent()[:50], many=True).data)  # expect: prunes [dj47j] cross

    @decorators.action(detail=True, methods=["PUT"])
    def relabel(self, request, pk):
        editor = LeadOutputEditor(request.user, lead=int(pk))
        if editor.lead is not None:
            editor.edit(request.data["kind"])
        return Response(status=204)

    @decorators.action(detail=True, methods=["DELETE"])
    def clear_outputs(self, request, pk):
        editor = LeadOutputEditor(request.user, lead=int(pk))
        if editor.lead is not None:
            editor.delete()
        return Response(status=204)


class AgentOutputViewSet(viewsets.ModelViewSet):
    """Outputs of the user's leads; the list only shows drafts and the outputs of the last days."""

    queryset = AgentOutput.objects
    serializer_class = AgentOutputSerializer
    pagination_class = DefaultPagination

    def get_queryset(self):
        self.queryset = self.queryset.filter(lead__user=self.request.user).select_related("lead")

        lead = self.request.query_params.get("lead", None)
        if not self.detail:
            today_start = timezone.now().replace(hour=0, minute=0, second=0)
            week_ago = today_start - datetime.timedelta(days=7)
            self.queryset = self.queryset.filter(Q(kind="draft") | Q(created_at__gte=week_ago))
            if lead is not None:
                self.queryset = self.queryset.filter(lead_id=lead)

        if self.detail:
            return self.queryset
        return self.queryset[:1000]  # expect: scans-all [dj47e]

    @decorators.action(detail=False, methods=["POST"])
    def bulk(self, request):
        household_user_ids = get_household_user_ids(request.user)
        AgentOutput.objects.filter(id__in=request.data["ids"], lead__user_id__in=household_user_ids).update(kind=request.data["kind"])  # expect: scans-all [dj47l]
        return Response(status=204)
