from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from crm.trash import trash_queryset


@shared_task
def bulk_update_leads(lead_ids):
    # Re-index the touched leads for the search backend.
    from crm.models import Lead
    from crm.search import index_lead

    for lead in Lead.objects.filter(id__in=lead_ids).only("id", "company", "email"):  # expect: scans-all [dj42k]
        index_lead(lead)


@shared_task
def empty_trash():
    cutoff = timezone.now() - timedelta(days=getattr(settings, "EMPTY_TRASH_DELAY", 30))
    deleted, _ = trash_queryset(before=cutoff).delete()  # expect: prunes [dj42i] cross
    return deleted
