from .models import AgentOutput, Lead


def outputs_of_company(company, since):
    return list(AgentOutput.objects.filter(lead__company=company, created_at__gte=since))  # expect: scans-all [dj06a]


def leads_with_email_outputs(since):
    return list(Lead.objects.filter(outputs__kind="email", created_at__gte=since).distinct())  # expect: scans-all [dj06b]


def outputs_of_recent_leads(since):
    return list(AgentOutput.objects.filter(lead__created_at__gte=since, created_at__gte=since))  # expect: prunes [dj06c]


def outputs_with_leads(since):
    return list(AgentOutput.objects.select_related("lead").filter(created_at__gte=since))  # expect: scans-all [dj06d]


def campaign_names_with_won_leads(user_id, since):
    qs = Lead.objects.filter(user_id=user_id, created_at__gte=since, status="won").values_list("campaign__name", flat=True)  # expect-also: [dj06e]
    return sorted(set(qs))  # expect: scans-all [dj06e]
