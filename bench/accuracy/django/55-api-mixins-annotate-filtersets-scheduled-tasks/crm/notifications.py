from datetime import timedelta

from django.utils import timezone

from crm.models import AgentOutput


def trigger_notification(obj, category, delta=timedelta(days=1)):
    """Record a notification for obj unless one of the same category is recent."""
    if AgentOutput.check_recent(category, obj.pk, delta):
        return False
    AgentOutput.objects.create(lead=obj, kind=category, created_at=timezone.now())
    return True
