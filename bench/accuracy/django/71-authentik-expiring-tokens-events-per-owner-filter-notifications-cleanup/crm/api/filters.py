from datetime import datetime


class OwnerFilter:
    """Limits a viewset's queryset to the objects owned by the requesting user (`view.owner_field`)."""

    owner_key = "user"

    def filter_queryset(self, request, queryset, view):
        owner_field = getattr(view, "owner_field", self.owner_key)
        return queryset.filter(**{owner_field: request.user})


class EventsFilter:
    """The event list's query parameters, each applied only when given."""

    def __init__(self, params, queryset):
        self.params = params
        self.queryset = queryset

    def filter_context_token(self, queryset, value):
        """Clients may send the token's pk with a dash-separated prefix."""
        return queryset.filter(campaign_id=int(str(value).rsplit("-", 1)[-1]))

    @property
    def qs(self):
        queryset = self.queryset
        if self.params.get("username"):
            queryset = queryset.filter(user__email=self.params["username"])
        if self.params.get("action"):
            queryset = queryset.filter(status__icontains=self.params["action"])
        if self.params.get("client_ip"):
            queryset = queryset.filter(email=self.params["client_ip"])
        if self.params.get("context_token"):
            queryset = self.filter_context_token(queryset, self.params["context_token"])
        return queryset


def created_between(queryset, params):
    """The export's window: `created_after`/`created_before` as ISO dates, required by the export form."""
    start = datetime.fromisoformat(params["created_after"])
    end = datetime.fromisoformat(params["created_before"])
    return queryset.filter(created_at__gte=start, created_at__lt=end)
