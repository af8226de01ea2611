from django.utils import timezone


def build_window_start(hours=24):
    """The start of the window the dashboard and the rate limit look at."""
    return timezone.now() - timezone.timedelta(hours=hours)


def recent_builds(project, hours=24):
    from crm.models import Lead

    return Lead.objects.filter(campaign=project, created_at__gte=build_window_start(hours))
