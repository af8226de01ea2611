from crm.models import AgentOutput, Lead
from crm.permissions.leads import filter_campaign_leads_queryset
from crm.readtracker.readtime import get_default_read_time


def is_campaign_read(request, campaign):
    read_time = get_default_read_time(request.settings, request.user)
    queryset = filter_campaign_leads_queryset(request.user, campaign, Lead.objects).filter(created_at__gt=read_time)
    return not queryset.exists()  # expect: prunes [dj49a] cross


def get_unread_leads(request, leads):
    read_time = get_default_read_time(request.settings, request.user)
    ids = [lead.id for lead in leads if lead.created_at > read_time]
    if not ids:
        return set()
    return set(AgentOutput.objects.filter(lead_id__in=ids, created_at__gt=read_time).values_list("lead_id", flat=True))  # expect: prunes [dj49b]
