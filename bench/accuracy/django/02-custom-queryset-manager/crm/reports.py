from .models import Lead


def won_this_month():
    return list(Lead.objects.recent(30).won())  # expect: prunes [dj02a] cross


def company_total(company):
    return Lead.objects.for_company(company).count()  # expect: scans-all [dj02b] cross


def won_by_company(company):
    return [lead.id for lead in Lead.objects.won().for_company(company)]  # expect: scans-all [dj02c] cross


def recent_for_company(company):
    return Lead.objects.for_company(company).recent(7).exists()  # expect: prunes [dj02d] cross
