import shlex
import uuid

from django.db import connection
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.filters import OrderingFilter
from rest_framework.response import Response

from crm.leads.filters import LeadFilter
from crm.leads.serializers import LeadSerializer
from crm.models import Lead

STATUSES = {"unresolved": "new", "resolved": "won", "ignored": "lost"}


class LeadViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """
    View and bulk update leads.

    - query (string): structured search, e.g. "is:unresolved since:2026-11-01".
    """

    queryset = Lead.objects.all()
    serializer_class = LeadSerializer
    filterset_class = LeadFilter
    filter_backends = [DjangoFilterBackend, OrderingFilter]
    ordering = ["-created_at"]
    ordering_fields = ["created_at", "company"]

    def _get_queryset_base(self):
        if not self.request.user.is_authenticated:
            return self.queryset.none()
        qs = super().get_queryset().filter(user=self.request.user)
        if "campaign_pk" in self.kwargs:
            qs = qs.filter(campaign_id=self.kwargs["campaign_pk"])
        return qs

    def list(self, request, *args, **kwargs):
        # A query that is an output id jumps straight to the lead that produced it.
        try:
            output_id = int(self.request.GET.get("query", ""))
        except ValueError:
            output_id = None
        if output_id and self.request.user.is_authenticated:
            leads = list(self._get_queryset_base().filter(outputs__id=output_id))  # expect: scans-all [dj45a] cross
            if leads:
                return Response(LeadSerializer(leads, many=True).data, headers={"X-Direct-Hit": "1"})
        return super().list(request, *args, **kwargs)

    def get_queryset(self):
        qs = self._get_queryset_base()
        queries = shlex.split(self.request.GET.get("query", ""))
        for i, query in enumerate(queries):
            query_part = query.split(":", 1)
            if len(query_part) == 2:
                query_name, query_value = query_part
                query_value = query_value.strip('"')
                if query_name == "is":
                    qs = qs.filter(status=STATUSES.get(query_value, query_value))
                elif query_name == "since":
                    qs = qs.filter(created_at__gte=query_value)
                else:
                    qs = qs.filter(company__iexact=query_value)
            if len(query_part) == 1:
                qs = qs.filter(company__icontains=" ".join(queries[i:]))
                break
        return qs.select_related("campaign")  # expect: scans-all [dj45b] cross

    def bulk_update(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        ids = request.GET.getlist("id")
        if ids:
            queryset = queryset.filter(id__in=ids)
        status = STATUSES.get(request.data.get("status"), "new")
        queryset.update(status=status)  # expect: scans-all [dj45c] cross
        return Response({"status": status})

    @action(detail=True, methods=["get"])
    def kinds(self, request, pk=None):
        """Counts of the lead's outputs per kind; ?kind=… limits them, else only those since the lead was created."""
        instance = self.get_object()  # expect: scans-all [dj45d] cross
        kinds = tuple(request.GET.getlist("kind"))
        with connection.cursor() as cursor:
            if kinds:
                query = """
                SELECT kind, count(*)
                FROM agent_outputs
                WHERE lead_id = %s AND kind IN %s
                GROUP BY kind
                ORDER BY count(*) DESC
                """
                cursor.execute(query, [instance.pk, kinds])  # expect: scans-all [dj45e]
            else:
                query = """
                SELECT kind, count(*)
                FROM agent_outputs
                WHERE lead_id = %s AND created_at >= %s
                GROUP BY kind
                ORDER BY count(*) DESC
                """
                cursor.execute(query, [instance.pk, instance.created_at])  # expect: prunes [dj45f]
            rows = cursor.fetchall()
        return Response([{"kind": k, "count": n} for k, n in rows])
