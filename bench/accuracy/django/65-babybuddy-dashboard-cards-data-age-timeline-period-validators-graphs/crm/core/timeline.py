from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from crm.models import AgentOutput, Lead


def get_objects(date, child=None):
    """
    Create a time-sorted list of all events for a child.
    :param date: a DateTime instance for the day to be summarized.
    :param child: Child instance to filter results for (no filter if `None`).
    """
    min_date = date
    max_date = date.replace(hour=23, minute=59, second=59)
    events = []

    _add_feedings(min_date, max_date, events, child)
    _add_notes(min_date, max_date, events)

    events.sort(key=lambda x: x["time"], reverse=True)
    return events


def _add_feedings(min_date, max_date, events, child=None):
    instances = Lead.objects.filter(status="feeding", created_at__range=(min_date, max_date)).order_by("-created_at")
    if child:
        instances = instances.filter(campaign=child)
    for instance in instances:  # expect: prunes [dj65b] cross
        events.append(
            {
                "time": timezone.localtime(instance.created_at),
                "event": _("%(child)s started feeding.") % {"child": instance.campaign.name},  # expect: scans-all [dj65c]
                "details": [instance.company],
                "edit_link": reverse("core:feeding-update", args=[instance.id]),
                "type": "start",
            }
        )


def _add_notes(min_date, max_date, events):
    # Notes belong to the household, not to one child.
    instances = AgentOutput.objects.filter(kind="note", created_at__range=(min_date, max_date)).order_by("-created_at")
    for instance in instances:  # expect: prunes [dj65d] cross
        events.append({"time": timezone.localtime(instance.created_at), "details": [instance.body], "type": "note"})
