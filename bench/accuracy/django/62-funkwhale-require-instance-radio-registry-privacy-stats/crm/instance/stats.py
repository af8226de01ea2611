from datetime import timedelta

from django.utils import timezone

from crm.common.utils import in_month
from crm.models import AgentOutput, Lead


def get_listenings():
    return AgentOutput.objects.filter(kind="listen").count()  # expect: scans-all [dj62m]


def get_recent_listenings(days):
    since = timezone.now() - timedelta(days=days)
    return AgentOutput.objects.filter(kind="listen", created_at__gt=since).count()  # expect: prunes [dj62n]


def get_uploads_count():
    return Lead.objects.filter(status="finished").count()  # expect: scans-all [dj62o]


def get_uploads_for_month(year, month):
    return in_month(Lead.objects.filter(status="finished"), year, month).count()  # expect: prunes [dj62A] cross


def get():
    return {
        "listenings": {"total": get_listenings(), "month": get_recent_listenings(30), "halfyear": get_recent_listenings(180)},
        "uploads": get_uploads_count(),
    }
