from datetime import timedelta

from celery import shared_task
from django.db import transaction
from django.db.models import Count, F
from django.utils import timezone

from crm.models import AgentOutput, Lead


@shared_task
def expire_stale_leads():
    cutoff = timezone.now() - timedelta(days=60)
    with transaction.atomic():
        Lead.objects.filter(created_at__lt=cutoff, status="new").update(status="expired")  # expect: prunes [dj27a]


@shared_task
def reassign_campaign(old_id, new_id):
    with transaction.atomic():
        Lead.objects.select_for_update().filter(campaign_id=old_id).update(campaign_id=new_id)  # expect: scans-all [dj27b]


@shared_task
def summarise_kinds(lead_id):
    return dict(AgentOutput.objects.filter(lead_id=lead_id).values_list("kind").annotate(n=Count("id")))  # expect: scans-all [dj27c]


@shared_task
def copy_email_into_company(since):
    return Lead.objects.filter(created_at__gte=since).exclude(company="").update(company=F("email"))  # expect: prunes [dj27d]


@shared_task
def touch_leads(ids):
    for lead in Lead.objects.filter(pk__in=ids).only("id", "status"):  # expect: scans-all [dj27e]
        lead.status = "seen"
        lead.save(update_fields=["status"])  # expect: scans-all [dj27f]
