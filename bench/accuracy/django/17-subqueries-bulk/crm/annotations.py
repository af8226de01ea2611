from django.db.models import OuterRef, Subquery

from .models import AgentOutput, Lead


def leads_with_last_output(since):
    last = AgentOutput.objects.filter(lead_id=OuterRef("pk")).order_by("-created_at").values("created_at")[:1]  # expect-also: [dj17a]
    return list(Lead.objects.filter(created_at__gte=since).annotate(last_output_at=Subquery(last)))  # expect: scans-all [dj17a]


def leads_with_last_recent_output(since):
    last = AgentOutput.objects.filter(lead_id=OuterRef("pk"), created_at__gte=since).order_by("-created_at").values("created_at")[:1]
    return list(Lead.objects.filter(created_at__gte=since).annotate(last_output_at=Subquery(last)))  # expect: prunes [dj17b]


def rename_all(leads):
    for lead in leads:
        lead.company = lead.company.strip()
    Lead.objects.bulk_update(leads, ["company"])  # expect: scans-all [dj17c]
