from crm.models import Lead


def microsoft_leads():
    return list(Lead.objects.filter(company="Microsoft"))
