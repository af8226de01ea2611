from datetime import timedelta

from django.utils import timezone
from rest_framework import mixins
from rest_framework.decorators import action
from rest_framework.response import Response

from crm.base import filters
from crm.base.api import GenericViewSet
from crm.leads.serializers import LeadSerializer
from crm.leads.utils import attach_extra_info, attach_outputs_since
from crm.models import Lead


class LeadViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, GenericViewSet):
    serializer_class = LeadSerializer
    filter_backends = (filters.CanViewLeadsFilterBackend, filters.StatusesFilter, filters.CreatedAtFilter)
    queryset = Lead.objects.all()

    def get_queryset(self):
        qs = super().get_queryset()
        qs = qs.select_related("campaign")
        qs = attach_extra_info(qs, user=self.request.user)
        return qs  # expect: scans-all [dj44a] cross

    @action(detail=False, methods=["get"])
    def weekly(self, request):
        since = timezone.now() - timedelta(days=7)
        qs = Lead.objects.filter(user=request.user, created_at__gte=since)
        qs = attach_outputs_since(qs, since).order_by("-created_at")
        return Response([{"id": lead.id, "recent_outputs": lead.recent_outputs_attr} for lead in qs])  # expect: prunes [dj44b] cross

    @action(detail=False, methods=["get"])
    def recent(self, request):
        qs = self.filter_queryset(self.get_queryset()).filter(created_at__gte=timezone.now() - timedelta(days=7))
        return Response(self.get_serializer(qs, many=True).data)  # expect: scans-all [dj44c] cross
