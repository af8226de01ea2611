from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from crm.models import AgentOutput

LOW = "low_priority"


@shared_task(queue=LOW)
def prune_draft_outputs(days=90):
    """Drafts nobody published are dropped after a while."""
    cutoff = timezone.now() - timedelta(days=days)
    AgentOutput.objects.filter(created_at__lt=cutoff, kind="draft").delete()  # expect: prunes [dj53n]
