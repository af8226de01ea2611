from datetime import timedelta

from celery import shared_task
from django.utils.timezone import now

from crm.models import AgentOutput, Lead

DUPLICATE_RETENTION_DAYS = 90
ALERT_RETENTION_DAYS = 30


@shared_task
def async_dupe_delete(batch=500):
    cutoff = now() - timedelta(days=DUPLICATE_RETENTION_DAYS)
    ids = list(Lead.objects.filter(status="duplicate", created_at__lt=cutoff).order_by("created_at").values_list("id", flat=True)[:batch])  # expect: prunes [dj70t]
    if ids:
        Lead.objects.filter(pk__in=ids).delete()  # expect: scans-all [dj70u]
    return len(ids)


@shared_task
def cleanup_alerts():
    AgentOutput.objects.filter(kind="alert", created_at__lt=now() - timedelta(days=ALERT_RETENTION_DAYS)).delete()  # expect: prunes [dj70v]
