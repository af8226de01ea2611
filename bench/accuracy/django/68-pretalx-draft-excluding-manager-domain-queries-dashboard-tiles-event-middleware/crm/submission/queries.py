import datetime

from django.db.models import Q
from django.utils.timezone import now

from crm.models import AgentOutput


def filter_submissions_by_state(qs, state_filter):
    states = [s for s in state_filter if not s.startswith("pending_")]
    if not states:
        return qs
    return qs.filter(Q(status__in=states))


def submissions_for_user(event, user):
    """The submissions of the event the user may see: all for organisers, their own for speakers."""
    if event.user_id == user.id:
        return event.leads.all()
    return event.leads.filter(user=user)


def unreviewed_submissions_for_user(event, user):
    return submissions_for_user(event, user).exclude(outputs__kind="review")


def recent_submissions(event, days=7):
    return event.leads.filter(created_at__gte=now() - datetime.timedelta(days=days))


def reviews_for_event(event):
    return AgentOutput.objects.filter(lead__campaign=event, kind="review")


def logged_actions(since):
    return AgentOutput.objects.filter(kind="log", created_at__gte=since).order_by("-created_at")
