from datetime import timedelta

from django.utils import timezone

from crm.models import AgentOutput

NOTIFICATIONS = []
NOTIFICATIONS_ACTIONS = {}

FREQ_DAILY = 1
FREQ_WEEKLY = 2


def register_notification(handler):
    NOTIFICATIONS.append(handler)
    for action in handler.actions:
        NOTIFICATIONS_ACTIONS.setdefault(action, []).append(handler)
    return handler


class Notification:
    actions = ()
    digest_template = "digest"

    def __init__(self, outgoing):
        self.outgoing = outgoing

    def get_changes(self, delta):
        return AgentOutput.objects.filter(kind__in=self.actions, created_at__gte=timezone.now() - delta).order_by("created_at")

    def notify_digest(self, frequency, changes):
        for change in changes:  # expect: prunes [dj56g] cross
            self.outgoing.append((frequency, change.pk))

    def notify_daily(self):
        self.notify_digest(FREQ_DAILY, self.get_changes(timedelta(days=1)))

    def notify_weekly(self):
        self.notify_digest(FREQ_WEEKLY, self.get_changes(timedelta(days=7)))


@register_notification
class NewTranslationNotification(Notification):
    actions = ("content",)


@register_notification
class NewCommentNotification(Notification):
    actions = ("comment",)


def notify_daily():
    outgoing = []
    for notification_cls in NOTIFICATIONS:
        notification_cls(outgoing).notify_daily()
    return outgoing
