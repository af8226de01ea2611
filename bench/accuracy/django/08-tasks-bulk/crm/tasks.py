from datetime import timedelta

from django.utils import timezone

from .models import AgentOutput, Lead


def archive_stale_leads():
    return Lead.objects.filter(status="stale").update(status="archived")  # expect: scans-all [dj08a]


def purge_old_outputs(days=90):
    cutoff = timezone.now() - timedelta(days=days)
    AgentOutput.objects.filter(created_at__lt=cutoff).delete()  # expect: prunes [dj08b]


def reindex_campaign(campaign_id, index):
    for lead in Lead.objects.filter(campaign_id=campaign_id).iterator():  # expect: scans-all [dj08c]
        index.push(lead)


def touch_recent(ids):
    since = timezone.now() - timedelta(days=1)
    Lead.objects.filter(id__in=ids, created_at__gte=since).update(status="contacted")  # expect: prunes [dj08d]
