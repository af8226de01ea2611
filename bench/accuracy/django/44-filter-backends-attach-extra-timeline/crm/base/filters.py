import logging

from django.db.models import Q

logger = logging.getLogger(__name__)


class FilterBackend:
    def filter_queryset(self, request, queryset, view):
        return queryset


class PermissionBasedFilterBackend(FilterBackend):
    owner_query_param = "campaign"

    def filter_queryset(self, request, queryset, view):
        qs = queryset
        if request.user.is_authenticated and request.user.is_superuser:
            qs = qs
        elif request.user.is_authenticated:
            from crm.models import Campaign

            campaign_ids = list(Campaign.objects.filter(user=request.user, archived=False).values_list("id", flat=True))
            qs = qs.filter(Q(**{f"{self.owner_query_param}_id__in": campaign_ids}) | Q(user=request.user))
        else:
            qs = qs.none()
        return super().filter_queryset(request, qs, view)


class CanViewLeadsFilterBackend(PermissionBasedFilterBackend):
    pass


class BaseCompareFilter(FilterBackend):
    operators = ["gt", "gte", "lt", "lte"]
    field_name = None

    def filter_queryset(self, request, queryset, view):
        params = {}
        for operator in self.operators:
            value = request.query_params.get(f"{self.field_name}__{operator}")
            if value:
                params[f"{self.field_name}__{operator}"] = value
        if params:
            queryset = queryset.filter(**params)
        return super().filter_queryset(request, queryset, view)


class CreatedAtFilter(BaseCompareFilter):
    field_name = "created_at"


class StatusesFilter(FilterBackend):
    def filter_queryset(self, request, queryset, view):
        statuses = request.query_params.get("status")
        if statuses:
            queryset = queryset.filter(status__in=statuses.split(","))
        return super().filter_queryset(request, queryset, view)
