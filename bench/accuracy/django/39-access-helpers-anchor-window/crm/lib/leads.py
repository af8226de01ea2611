from django.db.models import Max

from crm.lib.exceptions import JsonableError
from crm.models import AgentOutput, Lead


def access_lead_by_id(user, lead_id):
    # Raises the same error for a missing lead and a lead of another user, so ids do not leak.
    try:
        return Lead.objects.select_related("campaign").get(id=lead_id, user=user)  # expect-also: [dj39a]
    except Lead.DoesNotExist:
        raise JsonableError("Invalid lead ID")


def outputs_in_window(lead_id, anchor_id, num_before, since=None):
    query = AgentOutput.objects.filter(lead_id=lead_id, id__lte=anchor_id)
    if since:
        query = query.filter(created_at__gte=since)
    return query.order_by("-id")[:num_before]


def do_mark_outputs_read(lead, output_ids):
    return AgentOutput.objects.filter(lead_id=lead.id, id__in=output_ids, created_at__gte=lead.created_at).update(kind="read")  # expect: prunes [dj39d]


def max_lead_id(user):
    return Lead.objects.filter(user=user).aggregate(Max("id"))["id__max"]  # expect: scans-all [dj39e]
