from datetime import timedelta

from django.utils import timezone

from crm.common import celery
from crm.models import AgentOutput, Lead


def get_duplicates(upload):
    return Lead.objects.filter(campaign=upload.campaign_id, company=upload.company, status="finished").exclude(pk=upload.pk)


@celery.require_instance(Lead.objects.filter(status="pending").select_related("campaign"), "upload")
def process_upload(upload):
    if get_duplicates(upload).exists():  # expect: scans-all [dj62c] cross
        upload.status = "skipped"
    else:
        upload.status = "finished"
    upload.save(update_fields=["status"])  # expect: scans-all [dj62b]


def clean_transcoding_cache(cache_duration_minutes=60 * 24):
    limit = timezone.now() - timedelta(minutes=cache_duration_minutes)
    AgentOutput.objects.filter(kind="transcode", created_at__lt=limit).delete()  # expect: prunes [dj62C]
