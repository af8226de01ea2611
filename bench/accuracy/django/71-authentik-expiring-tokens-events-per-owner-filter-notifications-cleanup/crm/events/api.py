import json
from datetime import timedelta

from django.db.models import Count
from django.db.models.functions import ExtractDay, TruncDay
from django.http import HttpResponse, JsonResponse
from django.utils.timezone import now

from crm.api.filters import EventsFilter, created_between
from crm.models import Lead
from crm.rbac import get_objects_for_user


def serialize_event(event):
    return {"pk": event.pk, "action": event.status, "app": event.company, "client_ip": event.email, "created": event.created_at.isoformat()}


class EventViewSet:
    """The event log: list, retrieve and the dashboard's actions."""

    ordering = ["-created_at"]

    def __init__(self, request):
        self.request = request

    def get_queryset(self):
        return get_objects_for_user(self.request.user, "crm.view_event")

    def filter_queryset(self, queryset):
        return EventsFilter(self.request.GET, queryset).qs.order_by(*self.ordering)

    def list(self):
        events = self.filter_queryset(self.get_queryset())
        page = [serialize_event(e) for e in events[:100]]  # expect: scans-all [dj71b] cross
        return JsonResponse({"results": page})

    def retrieve(self, pk):
        event = self.get_queryset().get(pk=pk)  # expect: scans-all [dj71c] cross
        return JsonResponse(serialize_event(event))

    def top_per_user(self):
        """The applications with the most events of one action, and how many users they had."""
        filtered_action = self.request.GET.get("action", "login")
        top_n = int(self.request.GET.get("top_n", "15"))
        events = (
            self.get_queryset()
            .filter(status=filtered_action)
            .exclude(campaign=None)
            .values("company")
            .annotate(counted_events=Count("company"))
            .annotate(unique_users=Count("user", distinct=True))
            .order_by("-counted_events")[:top_n]
        )
        return JsonResponse({"results": list(events)})  # expect: scans-all [dj71d] cross

    def volume(self):
        """Events per day and action over the last week, for the dashboard's chart."""
        query = json.loads(self.request.GET.get("query", "{}"))
        events = (
            self.get_queryset()
            .filter(**query)
            .filter(created_at__gte=now() - timedelta(days=7))
            .annotate(day=TruncDay("created_at"))
            .values("day", "status")
            .annotate(count=Count("pk"))
        )
        return JsonResponse({"results": [dict(e, day=e["day"].isoformat()) for e in events]})  # expect: prunes [dj71e] cross

    def per_month(self):
        filtered_action = self.request.GET.get("action", "login")
        data = self.get_queryset().filter(status=filtered_action).get_events_per(timedelta(weeks=4), ExtractDay, 30)
        return JsonResponse({"results": data})

    def export(self):
        """A CSV of the events of a window the admin picked (both bounds are required by the form)."""
        events = created_between(self.filter_queryset(self.get_queryset()), self.request.GET)
        rows = ["%s,%s,%s" % (e.created_at.isoformat(), e.status, e.email) for e in events.iterator()]  # expect: prunes [dj71f] cross
        return HttpResponse("\n".join(rows), content_type="text/csv")
