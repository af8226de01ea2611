from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from crm.models import Lead, User


@shared_task
def enrich_lead(lead_pk, user_pk):
    user = User.objects.get(pk=user_pk)
    reached, running, limit = Lead.objects.concurrent(user)
    if reached:
        enrich_lead.apply_async(args=(lead_pk, user_pk), countdown=60)
        return running
    return limit


@shared_task
def archive_leads_task(days=180, limit=500, include_outputs=True):
    cutoff = timezone.now() - timedelta(days=days)
    queryset = Lead.objects.filter(created_at__lt=cutoff, status__in=("lost", "won")).order_by("created_at")[:limit]
    for lead in queryset:  # expect: prunes [dj43f]
        if include_outputs:
            lead.outputs.all().delete()  # expect: scans-all [dj43g]
        Lead.objects.filter(pk=lead.pk, created_at=lead.created_at).update(status="archived")  # expect: prunes [dj43h]
