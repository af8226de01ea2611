from django.db.models import Count, Max
from django.db.models.functions import TruncMonth

from .models import AgentOutput, Lead


def leads_in_year(year):
    return Lead.objects.filter(created_at__year=year).count()  # expect: prunes [dj09a]


def leads_on_day(day):
    return Lead.objects.filter(created_at__date=day).count()  # expect: scans-all [dj09b]


def monthly_histogram():
    return list(Lead.objects.annotate(month=TruncMonth("created_at")).values("month").annotate(n=Count("id")))  # expect: scans-all [dj09c]


def last_output_at(lead_id):
    return AgentOutput.objects.filter(lead_id=lead_id).aggregate(last=Max("created_at"))["last"]  # expect: scans-all [dj09d]


def outputs_between(start, end):
    return AgentOutput.objects.filter(created_at__range=(start, end)).values("kind").annotate(n=Count("id")).order_by("-n")[:5]  # expect: prunes [dj09e]
