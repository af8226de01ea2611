from django_filters import rest_framework as rest_filters
from django_filters.rest_framework import FilterSet
from django_ical.views import ICalFeed
from rest_framework import generics

from crm.helpers import str2bool
from crm.models import AgentOutput, Lead
from crm import serializers


class OrderFilter(FilterSet):
    """Filters of the order list endpoint."""

    outstanding = rest_filters.BooleanFilter(label="Outstanding", method="filter_outstanding")
    overdue = rest_filters.BooleanFilter(label="overdue", method="filter_overdue")
    created_before = rest_filters.DateFilter(label="Created Before", field_name="created_at", lookup_expr="lt")
    created_after = rest_filters.DateFilter(label="Created After", field_name="created_at", lookup_expr="gt")

    class Meta:
        model = Lead
        fields = ["campaign", "status"]

    def filter_outstanding(self, queryset, name, value):
        if str2bool(value):
            return queryset.filter(status__in=Lead.OPEN)
        return queryset.exclude(status__in=Lead.OPEN)

    def filter_overdue(self, queryset, name, value):
        if str2bool(value):
            return queryset.filter(self.Meta.model.overdue_filter())
        return queryset.exclude(self.Meta.model.overdue_filter())


class PurchaseOrderMixin:
    queryset = Lead.objects.all()
    serializer_class = serializers.PurchaseOrderSerializer

    def get_queryset(self, *args, **kwargs):
        queryset = super().get_queryset(*args, **kwargs)
        queryset = queryset.select_related("campaign")
        queryset = serializers.PurchaseOrderSerializer.annotate_queryset(queryset)
        return queryset  # expect: scans-all [dj55a] cross


class PurchaseOrderList(PurchaseOrderMixin, generics.ListCreateAPIView):
    filterset_class = OrderFilter
    filter_backends = [rest_filters.DjangoFilterBackend]
    ordering = "-created_at"


class PurchaseOrderDetail(PurchaseOrderMixin, generics.RetrieveUpdateDestroyAPIView):
    """Detail view of an order."""


class PurchaseOrderContextMixin:
    queryset = Lead.objects.all()

    def get_serializer_context(self):
        context = super().get_serializer_context()
        try:
            context["order"] = Lead.objects.get(pk=self.kwargs.get("pk", None))  # expect: scans-all [dj55b]
        except Exception:
            pass
        context["request"] = self.request
        return context


class PurchaseOrderComplete(PurchaseOrderContextMixin, generics.CreateAPIView):
    serializer_class = serializers.PurchaseOrderCompleteSerializer


class PurchaseOrderLineItemList(generics.ListCreateAPIView):
    queryset = AgentOutput.objects.all()
    serializer_class = serializers.PurchaseOrderLineItemSerializer
    filter_backends = [rest_filters.DjangoFilterBackend]
    filterset_fields = ["lead", "kind"]

    def get_queryset(self, *args, **kwargs):
        queryset = super().get_queryset(*args, **kwargs)
        return serializers.PurchaseOrderLineItemSerializer.annotate_queryset(queryset)  # expect: scans-all [dj55g] cross


class OrderCalendarExport(ICalFeed):
    """The calendar of open orders."""

    def get_object(self, request, *args, **kwargs):
        self.include_completed = str2bool(request.GET.get("include_completed", "False"))
        return None

    def items(self):
        if self.include_completed:
            return Lead.objects.all().order_by("-created_at")  # expect: scans-all [dj55n]
        return Lead.objects.filter(status__in=Lead.OPEN).order_by("-created_at")  # expect: scans-all [dj55q]

    def item_title(self, item):
        return item.company
