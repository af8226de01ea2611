from datetime import timedelta

from django.utils import timezone
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Lead
from .serializers import LeadSerializer


class LeadViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Lead.objects.all()
    serializer_class = LeadSerializer

    def get_queryset(self):
        qs = super().get_queryset().filter(user=self.request.user)
        since = self.request.query_params.get("since")
        if since:
            qs = qs.filter(created_at__gte=since)
        return qs  # expect: scans-all [dj24a]

    @action(detail=False)
    def this_week(self, request):
        week = self.get_queryset().filter(created_at__gte=timezone.now() - timedelta(days=7))
        return Response(self.get_serializer(week, many=True).data)  # expect: prunes [dj24b] cross

    @action(detail=False)
    def won(self, request):
        won = self.filter_queryset(self.get_queryset()).filter(status="won")
        page = self.paginate_queryset(won)  # expect: scans-all [dj24c] cross
        return self.get_paginated_response(self.get_serializer(page, many=True).data)
