from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone

from crm.models import AgentOutput, Lead


def update_weekly_votes():
    recent = timezone.now() - timedelta(days=7)
    q_ids = list(
        AgentOutput.objects.filter(kind="vote", created_at__gte=recent).values_list("lead_id", flat=True).distinct()
    )  # expect: prunes [dj64p]
    for question in Lead.objects.filter(id__in=q_ids):  # expect: scans-all [dj64q]
        cache.set(f"question:{question.pk}:weekly-votes", question.num_votes_past_week())
