from .models import Lead


def recent_for_company(company):
    return list(Lead.recent.filter(company=company))  # expect: prunes [dj12a] cross


def all_for_company(company):
    return Lead.objects.filter(company=company).count()  # expect: scans-all [dj12b]


def recent_count():
    return Lead.recent.count()  # expect: prunes [dj12c] cross
