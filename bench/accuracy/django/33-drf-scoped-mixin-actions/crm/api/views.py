from datetime import timedelta

from django.db.models import Count
from django.utils import timezone
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from crm.api.mixins import UserScopedMixin
from crm.api.serializers import AgentOutputSerializer, LeadDetailSerializer, LeadSerializer
from crm.models import Lead


class LeadViewSet(UserScopedMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Lead.objects.all()  # expect: scans-all [dj33f] cross

    def get_serializer_class(self):
        return LeadDetailSerializer if self.action == "retrieve" else LeadSerializer

    @action(detail=False)
    def recent(self, request):
        qs = self.get_queryset().filter(created_at__gte=timezone.now() - timedelta(days=7))
        return Response(self.get_serializer(qs, many=True).data)  # expect: prunes [dj33a] cross

    @action(detail=False)
    def stats(self, request):
        rows = self.get_queryset().values("status").annotate(n=Count("id"))
        return Response(list(rows))  # expect: scans-all [dj33b] cross

    @action(detail=True)
    def outputs(self, request, pk=None):
        lead = self.get_object()  # expect: scans-all [dj33c] cross
        page = self.paginate_queryset(lead.outputs.filter(created_at__gte=lead.created_at).order_by("-created_at"))  # expect: prunes [dj33d]
        return self.get_paginated_response(AgentOutputSerializer(page, many=True).data)
