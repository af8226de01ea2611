from datetime import timedelta

from django.utils import timezone

from .filters import filter_by_kind, filter_by_window
from .models import AgentOutput


def count_outputs_of_last_day(kind=None):
    end = timezone.now()
    outputs = filter_by_window(AgentOutput.objects.all(), end - timedelta(days=1), end)
    return filter_by_kind(outputs, kind).count()  # expect: prunes [dj24d] cross


def purge_drafts(kind="draft"):
    return filter_by_kind(AgentOutput.objects.all(), kind).delete()  # expect: scans-all [dj24e] cross
