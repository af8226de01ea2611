from django.db.models import Q

from crm.models import Lead

ALLOWED_FILTER_FIELDS = {"campaign__id__in", "user__id__in", "status__in", "created_at__gte", "created_at__lte"}


def get_search_filter_args(search):
    if not search:
        return Q()
    return Q(company__icontains=search) | Q(email__icontains=search)


class TicketQuery:
    """A saved ticket search: a dict of ORM lookups applied to the caller's tickets."""

    def __init__(self, huser, query_params=None):
        self.huser = huser
        self.params = query_params or {}

    def __run__(self, queryset):
        value_filters = self.params.get("filtering", {})
        if set(value_filters) - ALLOWED_FILTER_FIELDS:
            raise ValueError("Disallowed filter field")
        queryset = queryset.filter(Q(**value_filters) & get_search_filter_args(self.params.get("search_string")))
        sorting = self.params.get("sorting") or "created_at"
        if self.params.get("sortreverse"):
            sorting = "-%s" % sorting
        return queryset.order_by(sorting)

    def get(self):
        return self.__run__(self.huser.get_tickets_in_queues())

    def get_timeline(self, since):
        # The timeline view always passes its window.
        self.params.setdefault("filtering", {})["created_at__gte"] = since
        return self.get()
