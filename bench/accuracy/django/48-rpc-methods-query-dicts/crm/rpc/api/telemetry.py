from datetime import timedelta

from django.db.models import Count
from django.utils import timezone

from crm.core.helpers.outputs import count_by_status
from crm.models import AgentOutput, Lead
from crm.rpc.decorators import permissions_required, rpc_method


@rpc_method(name="Telemetry.breakdown", auth=permissions_required("crm.view_lead"))
def breakdown(query=None):
    """Counts per status and per campaign of the leads matching the lookups."""
    if query is None:
        query = {}
    leads = Lead.objects.filter(**query).distinct()
    new_count = count_by_status(leads, "new")  # expect: scans-all [dj48h] cross
    won_count = count_by_status(leads, "won")  # expect: scans-all [dj48u] cross
    return {
        "count": {"new": new_count, "won": won_count},
        "campaigns": _get_field_count_map(leads, "campaign", "campaign__name"),  # expect: scans-all [dj48i] cross
    }


def _get_field_count_map(leads, expression, field):
    won = leads.filter(status="won").values(field).annotate(count=Count(expression, distinct=True))
    other = leads.exclude(status="won").values(field).annotate(count=Count(expression, distinct=True))
    return {"WON": _map_query_set(won, field), "OTHER": _map_query_set(other, field)}


def _map_query_set(query_set, field):
    return {entry[field]: entry["count"] for entry in query_set}


@rpc_method(name="Telemetry.output_kinds", auth=permissions_required("crm.view_agentoutput"))
def output_kinds(query=None, days=30):
    """The outputs of the last `days` days (unless the lookups give their own window)."""
    query = dict(query or {})
    query.setdefault("created_at__gte", timezone.now() - timedelta(days=days))
    base_query = AgentOutput.objects.filter(**query)
    kinds = list(base_query.values("kind").annotate(n=Count("id")).order_by("kind"))  # expect: prunes [dj48j]
    companies = dict(base_query.values_list("lead_id", "lead__company").distinct())  # expect: scans-all [dj48k]
    return {"kinds": kinds, "companies": companies}
