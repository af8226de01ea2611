from datetime import timedelta

from django.utils import timezone

from crm.models import Lead


def clean_music_cache(cache_duration_minutes=60 * 24 * 7):
    limit = timezone.now() - timedelta(minutes=cache_duration_minutes)
    candidates = Lead.objects.filter(campaign__archived=True, created_at__lt=limit).only("id", "email")
    removed = [upload.email for upload in candidates]  # expect: scans-all [dj62r]
    candidates.update(status="skipped")  # expect: scans-all [dj62s]
    return removed
