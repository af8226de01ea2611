from crm.data_manager.actions import register_action
from crm.models import AgentOutput


def delete_leads(campaign, queryset, **kwargs):
    lead_ids = list(queryset.values_list("id", flat=True))  # expect: scans-all [dj46c] cross
    queryset.delete()  # expect: scans-all [dj46d] cross
    return {"processed_items": len(lead_ids), "detail": f"Deleted {len(lead_ids)} leads"}


def delete_outputs(campaign, queryset, **kwargs):
    deleted, _ = AgentOutput.objects.filter(lead__in=queryset).delete()  # expect: scans-all [dj46e] cross
    return {"processed_items": deleted, "detail": f"Deleted {deleted} outputs"}


actions = [
    {"entry_point": delete_leads, "title": "Delete leads", "order": 100, "permission": "crm.delete_lead"},
    {"entry_point": delete_outputs, "title": "Delete outputs", "order": 101, "permission": "crm.delete_agentoutput"},
]

for action in actions:
    register_action(**action)
