from datetime import datetime, time

from django.shortcuts import get_object_or_404
from django.utils import timezone

from crm.models import Campaign


class DateRangeMixin:
    def get_start_date(self):
        if self.request.GET.get("startDate") is not None:
            found_time = datetime.strptime(self.request.GET.get("startDate"), "%Y-%m-%d")
            return timezone.make_aware(datetime.combine(found_time, time.min))
        return timezone.now() - timezone.timedelta(days=30)

    def get_end_date(self):
        if self.request.GET.get("endDate") is not None:
            found_time = datetime.strptime(self.request.GET.get("endDate"), "%Y-%m-%d")
            return timezone.make_aware(datetime.combine(found_time, time.max))
        return timezone.now()

    def get_context_data(self, **kwargs):
        data = super().get_context_data(**kwargs)
        data["start_date"] = self.get_start_date()
        data["end_date"] = self.get_end_date()
        return data


class ServiceObjectMixin:
    """The service named in the URL (rules-based permissions check it afterwards)."""

    def get_object(self, queryset=None):
        return get_object_or_404(Campaign, pk=self.kwargs.get("pk"))  # expect: scans-all [dj57m]
