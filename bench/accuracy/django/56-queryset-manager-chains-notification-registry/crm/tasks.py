from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from crm.models import AgentOutput


@shared_task(trail=False)
def cleanup_old_comments():
    if settings.COMMENT_CLEANUP_DAYS is None:
        return
    cutoff = timezone.now() - timedelta(days=settings.COMMENT_CLEANUP_DAYS)
    AgentOutput.objects.filter(kind="comment", created_at__lt=cutoff).delete()  # expect: prunes [dj56h]


@shared_task(trail=False)
def cleanup_old_suggestions():
    if not settings.SUGGESTION_CLEANUP_DAYS:
        return
    cutoff = timezone.now() - timedelta(days=settings.SUGGESTION_CLEANUP_DAYS)
    for suggestion in AgentOutput.objects.filter(kind="suggestion", created_at__lt=cutoff).iterator():  # expect: prunes [dj56n]
        suggestion.delete()  # expect: scans-all [dj56p]
