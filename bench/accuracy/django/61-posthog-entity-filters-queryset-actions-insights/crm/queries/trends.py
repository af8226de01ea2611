from django.db.models import Count
from django.db.models.functions import TruncDay

from crm.queries.base import filter_events, process_entity_for_events


class Trends:
    def _serialize_entity(self, entity, filter, team):
        events = process_entity_for_events(entity, team.pk, order_by=None).filter(filter_events(team.pk, filter, entity))
        rows = events.annotate(day=TruncDay("created_at")).values("day").annotate(count=Count("id")).order_by("day")
        return {
            "label": entity["id"],
            "data": [{"day": row["day"], "count": row["count"]} for row in rows],  # expect: scans-all [dj61k] cross
        }

    def run(self, filter, team):
        return [self._serialize_entity(entity, filter, team) for entity in filter.entities]
