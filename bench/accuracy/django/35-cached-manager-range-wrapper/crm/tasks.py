from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from crm.models import Lead
from crm.utils.query import RangeQuerySetWrapper


@shared_task(name="crm.tasks.nudge_new_leads")
def nudge_new_leads():
    for lead in RangeQuerySetWrapper(Lead.objects.filter(status="new"), step=500):  # expect: scans-all [dj35a] cross
        send_nudge.delay(lead.pk)


@shared_task(name="crm.tasks.purge_expired")
def purge_expired(days=180):
    cutoff = timezone.now() - timedelta(days=days)
    for lead in RangeQuerySetWrapper(Lead.objects.filter(status="expired", created_at__lt=cutoff)):  # expect: prunes [dj35b] cross
        purge_lead.delay(lead.pk, lead.created_at.isoformat())


@shared_task
def send_nudge(lead_id):
    lead = Lead.objects.get_from_cache(id=lead_id)  # expect: scans-all [dj35c] cross
    return lead.email


@shared_task
def purge_lead(lead_id, created_at):
    lead = Lead.objects.get_from_cache(id=lead_id, created_at=created_at)  # expect: prunes [dj35d] cross
    return lead.pk
