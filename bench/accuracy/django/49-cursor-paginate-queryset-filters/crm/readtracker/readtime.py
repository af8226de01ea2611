from datetime import timedelta

from django.utils import timezone


def get_default_read_time(settings, user=None):
    """Everything older than the cut-off counts as read (or older than the user's account)."""
    min_read_time = timezone.now() - timedelta(days=settings.readtracker_cutoff)
    if user and user.is_authenticated and user.created_at > min_read_time:
        return user.created_at
    return min_read_time
