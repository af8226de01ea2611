from .models import AgentOutput, Campaign, Lead


def lead_by_pk(pk):
    return Lead.objects.get(pk=pk)  # expect: scans-all [dj10a]


def lead_by_key(pk, created_at):
    return Lead.objects.get(pk=pk, created_at=created_at)  # expect: prunes [dj10b]


def first_output(lead_id):
    return AgentOutput.objects.filter(lead_id=lead_id).first()  # expect: scans-all [dj10c]


def newest_lead_of(user_id):
    return Lead.objects.filter(user_id=user_id).latest("created_at")  # expect: scans-all [dj10d]


def campaign_of(user_id, campaign_id):
    return Campaign.objects.filter(user_id=user_id, pk=campaign_id).first()  # expect: prunes [dj10e]
