from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils.timezone import now

from crm.models import AgentOutput, Lead


@shared_task
def cleanup_old_outputs():
    """Delete older outputs, then the leads left without any."""
    days = getattr(settings, "MAX_OUTPUT_LIFE_DAYS", 90)
    qs = AgentOutput.objects.filter(created_at__lt=now() - timedelta(days=days))
    # Fast bulk delete: no signals, no cascade collection.
    qs._raw_delete(qs.db)  # expect: prunes [dj45g]
    Lead.objects.filter(outputs=None).delete()  # expect: scans-all [dj45h]


@shared_task
def reindex_all_leads():
    """Very slow, force reindex of all leads."""
    for lead_pk in Lead.objects.all().values_list("pk", flat=True):  # expect: scans-all [dj45i]
        reindex_lead.delay(lead_pk)


@shared_task
def reindex_lead(lead_pk):
    return lead_pk
