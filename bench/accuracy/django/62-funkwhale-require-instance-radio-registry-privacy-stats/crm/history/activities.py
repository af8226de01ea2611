from crm.common.fields import privacy_level_query
from crm.models import AgentOutput


def get_activity(user, limit=20):
    query = privacy_level_query(user, "kind")
    listenings = AgentOutput.objects.filter(query).select_related("lead").order_by("-created_at")
    return [{"id": l.id, "track": l.lead.company} for l in listenings[:limit]]  # expect: scans-all [dj62k] cross
