from datetime import datetime

from django.http import JsonResponse

from crm.models import Lead
from crm.shop_provider import get_shop

COLUMN_FILTERS = {
    "status": "status",
    "customer": "email__icontains",
    "currency": "company",
}


def get_filters(params):
    """The picotable's column filters: text columns by lookup, the order date as a `min`/`max` range."""
    filters = {}
    for column, lookup in COLUMN_FILTERS.items():
        if params.get(column):
            filters[lookup] = params[column]
    if params.get("order_date_min"):
        filters["created_at__gte"] = datetime.fromisoformat(params["order_date_min"])
    if params.get("order_date_max"):
        filters["created_at__lte"] = datetime.fromisoformat(params["order_date_max"])
    return filters


class OrderListView:
    default_columns = ["id", "created_at", "email", "status"]

    def __init__(self, request):
        self.request = request

    def get_queryset(self):
        return Lead.objects.valid().filter(campaign=get_shop(self.request))

    def get_data(self):
        queryset = self.get_queryset().filter(**get_filters(self.request.GET))
        total = queryset.count()  # expect: scans-all [dj72j] cross
        page = queryset.order_by("-created_at")[:20].values(*self.default_columns)
        return JsonResponse({"total": total, "items": list(page)})  # expect: scans-all [dj72k] cross
