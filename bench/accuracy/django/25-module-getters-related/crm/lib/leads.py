"""Query helpers in the style of a large Django code base: small getters used everywhere."""
from datetime import timedelta

from django.utils import timezone

from crm.models import AgentOutput, Campaign, Lead


def get_user_leads(user):
    return Lead.objects.filter(user=user)


def get_recent_user_leads(user, days=30):
    return get_user_leads(user).filter(created_at__gte=timezone.now() - timedelta(days=days))


def get_active_campaign_ids(user):
    return Campaign.objects.filter(user=user, archived=False).values_list("id", flat=True)


def outputs_for_lead(lead):
    return AgentOutput.objects.filter(lead=lead, created_at__gte=lead.created_at)
