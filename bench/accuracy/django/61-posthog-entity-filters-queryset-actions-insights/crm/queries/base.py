from django.db.models import Q

from crm.models import Campaign, Lead
from crm.utils import properties_to_Q


def process_entity_for_events(entity, team_id, order_by="-id"):
    if entity["type"] == "actions":
        action = Campaign.objects.get(pk=entity["id"], user_id=team_id)  # expect: prunes [dj61a]
        events = Lead.objects.filter_by_action(action)
    else:
        events = Lead.objects.filter_by_event(team_id, entity["id"])
    if order_by:
        events = events.order_by(order_by)
    return events


def filter_events(team_id, filter, entity=None):
    filters = Q()
    # "all" (the whole history) adds no date at all.
    if filter._date_from != "all":
        filters &= Q(created_at__gte=filter.date_from)
        filters &= Q(created_at__lte=filter.date_to)
    if filter.properties:
        filters &= properties_to_Q(filter.properties)
    return filters
