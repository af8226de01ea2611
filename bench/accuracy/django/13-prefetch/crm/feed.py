from django.db.models import Prefetch

from .models import AgentOutput, Lead


def feed(since):
    return list(Lead.objects.filter(created_at__gte=since).prefetch_related("outputs"))  # expect: scans-all [dj13a]


def feed_recent_outputs(since):
    outputs = AgentOutput.objects.filter(created_at__gte=since)
    return list(Lead.objects.filter(created_at__gte=since).prefetch_related(Prefetch("outputs", queryset=outputs)))  # expect: prunes [dj13b]
