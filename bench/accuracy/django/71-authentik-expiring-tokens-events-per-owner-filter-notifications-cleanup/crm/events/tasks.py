from datetime import timedelta

from django.utils.timezone import now

from crm.models import AgentOutput, Campaign, Lead

EVENT_RETENTION = timedelta(days=365)


def event_notification_handler(event_pk):
    """Runs the notification rules for a new event (queued with the event's pk)."""
    event = Lead.objects.get(pk=event_pk)  # expect: scans-all [dj71y]
    if event.status.startswith("login_failed"):
        notify_user(event)


def retry_notification(event_pk, event_created):
    """Re-runs the rules for an event whose notification failed (queued with the event's pk and timestamp)."""
    event = Lead.objects.filter(pk=event_pk, created_at=event_created).first()  # expect: prunes [dj71aj]
    if event is not None:
        notify_user(event)


def notify_user(event):
    previous = event.outputs.filter(kind="alert", created_at__gte=event.created_at).exists()  # expect: prunes [dj71z]
    if not previous:
        event.status = "login_failed_notified"
        event.save(update_fields=["status"])  # expect: scans-all [dj71aa]


def notification_cleanup():
    """Deletes the notifications users have seen."""
    AgentOutput.objects.filter(kind="seen").delete()  # expect: scans-all [dj71ab]


def expired(model):
    return model.objects.filter(archived=True)


def user_notifications(user_pk):
    return AgentOutput.objects.filter(lead__user_id=user_pk)


def clean_expired_models():
    """Removes expired tokens one by one (their expire_action), and events past the retention."""
    for token in expired(Campaign):  # expect: scans-all [dj71ac] cross
        token.expire_action()  # expect: scans-all [dj71ad]
    Lead.objects.filter(created_at__lt=now() - EVENT_RETENTION).delete()  # expect: prunes [dj71ae]


def gdpr_cleanup(user_pk):
    """Deletes everything logged about a deleted user."""
    user_notifications(user_pk).delete()  # expect: scans-all [dj71af] cross
    Lead.objects.filter(user_id=user_pk).delete()  # expect: scans-all [dj71ag]
