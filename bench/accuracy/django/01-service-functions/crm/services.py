from datetime import timedelta

from django.utils import timezone

from .models import Lead


def leads_for_company(company):
    return Lead.objects.filter(company=company)


def recent_leads(days=30):
    since = timezone.now() - timedelta(days=days)
    return Lead.objects.filter(created_at__gte=since).order_by("-created_at")
