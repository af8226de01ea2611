"""Analytics collectors: each runs for the window since the last gather."""
from crm.models import ACTIVE_STATES, AgentOutput, Lead

registry = {}


def register(key):
    def decorate(fn):
        registry[key] = fn
        return fn

    return decorate


def _window(queryset, since, until):
    return queryset.filter(created_at__gt=since, created_at__lte=until)


@register("events_table")
def events_table(since, until):
    rows = _window(AgentOutput.objects.all(), since, until).values("id", "lead_id", "kind", "created_at")
    return list(rows)  # expect: prunes [dj69r] cross


@register("unified_jobs_table")
def unified_jobs_table(since, until):
    return list(Lead.objects.filter(created_at__gt=since, created_at__lte=until).values_list("id", "status", "campaign_id"))  # expect: prunes [dj69s]


@register("counts")
def counts(since, until):
    running = Lead.objects.filter(status__in=ACTIVE_STATES).count()  # expect: scans-all [dj69t]
    return {"running_jobs": running, "since": since.isoformat(), "until": until.isoformat()}


def gather(since, until):
    return {key: collector(since, until) for key, collector in registry.items()}

