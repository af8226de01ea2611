from .models import Lead


def company(name):
    return list(Lead.objects.filter(company=name))  # expect: prunes [dj23a] cross


def company_all_time(name):
    return Lead.all_objects.filter(company=name).count()  # expect: scans-all [dj23b]
