from datetime import timedelta

from django.utils import timezone

from crm.models import AgentOutput


def recent_reps(days=30):
    return AgentOutput.objects.reps().filter(created_at__gte=timezone.now() - timedelta(days=days))
