from django.db.models import Q

from .models import Lead


def at_instants(instants):
    return list(Lead.objects.filter(created_at__in=instants))  # expect: prunes [dj18a]


def stamped():
    return Lead.objects.filter(created_at__isnull=False, status="new").count()  # expect: scans-all [dj18b]


def recent_company(since, company):
    return list(Lead.objects.filter(Q(created_at__gte=since) & Q(company=company)).exclude(status="spam"))  # expect: prunes [dj18c]


def raw_since(since):
    return list(Lead.objects.raw("SELECT * FROM leads WHERE created_at >= %s", [since]))  # expect: prunes [dj18d]


def recent_or_company(since, company):
    return list(Lead.objects.filter(Q(created_at__gte=since) | Q(company=company)))  # expect: scans-all [dj18e]
