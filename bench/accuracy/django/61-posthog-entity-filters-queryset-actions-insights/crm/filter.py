from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from crm.utils import relative_date_parse


class Filter:
    """The insight filter, from a request's query string or a saved dashboard item."""

    def __init__(self, data=None, request=None):
        if request is not None:
            data = request.GET.dict()
        data = data or {}
        self._date_from = data.get("date_from")
        self._date_to = data.get("date_to")
        self.interval = data.get("interval", "day")
        self.properties = data.get("properties") or {}
        self.entities = [{"type": "events", "id": name} for name in data.get("events", [])] + [
            {"type": "actions", "id": pk} for pk in data.get("actions", [])
        ]
        self.target_event = data.get("target_event", "$pageview")

    @property
    def date_from(self):
        if self._date_from and self._date_from != "all":
            return relative_date_parse(self._date_from)
        return timezone.now() - timedelta(days=7)

    @property
    def date_to(self):
        if self._date_to:
            return relative_date_parse(self._date_to)
        return timezone.now()

    @property
    def date_filter_Q(self):
        return Q(created_at__gte=self.date_from, created_at__lte=self.date_to)
