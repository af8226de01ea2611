"""Functions that help access the outputs of a lead."""
from crm.models import AgentOutput


def outputs_of(lead):
    # Outputs are written after their lead: the lower bound keeps old partitions out.
    return AgentOutput.objects.filter(lead_id=lead.pk, created_at__gte=lead.created_at).order_by("created_at")


def annotate_outputs_with_lead(outputs_iterable):
    result = []
    for output in outputs_iterable:
        result.append({"id": output.pk, "kind": output.kind, "lead": output.lead_id, "created_at": output.created_at.isoformat()})
    return result


def count_by_status(leads, status):
    return leads.filter(status=status).count()


def get_archived_leads_count(leads):
    return leads.filter(status="archived").count()
