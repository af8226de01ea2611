from celery import shared_task

from crm.models import Lead


@shared_task
def archive_leads_task(user_id, lead_ids):
    Lead.objects.filter(user_id=user_id, pk__in=lead_ids).exclude(status="archived").update(status="archived")  # expect: scans-all [dj41g]
