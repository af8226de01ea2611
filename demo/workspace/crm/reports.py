from datetime import datetime, timedelta, timezone

from .models import Lead


def microsoft_leads():
    # ❌ Scans every partition of leads.
    return list(Lead.objects.filter(company="Microsoft"))


def recent_microsoft_leads():
    # ✅ Prunes: the filter is on the partition key.
    since = datetime.now(timezone.utc) - timedelta(days=30)
    return list(Lead.objects.filter(created_at__gte=since, company="Microsoft"))
