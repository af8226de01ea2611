from datetime import timedelta

from django.utils.timezone import now

from crm.models import Lead


def running_since(hours):
    return Lead.objects.filter(status="running", created_at__gte=now() - timedelta(hours=hours))
