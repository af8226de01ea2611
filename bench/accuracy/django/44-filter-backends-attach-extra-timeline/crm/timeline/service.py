from django.db.models import Q

from crm.models import AgentOutput


def get_timeline(lead, kinds=None):
    timeline = AgentOutput.objects.filter(lead_id=lead.pk)
    if kinds is not None:
        timeline = timeline.filter(kind__in=kinds)
    return timeline.order_by("-created_at")


def filter_timeline_for_user(timeline, user):
    # Drafts are only shown to the owner of the lead.
    tl_filter = Q(lead__user=user) | ~Q(kind="draft")
    return timeline.filter(tl_filter)


def get_lead_timeline(lead, accessing_user=None):
    timeline = get_timeline(lead)
    if accessing_user is not None:
        timeline = filter_timeline_for_user(timeline, accessing_user)
    return timeline
