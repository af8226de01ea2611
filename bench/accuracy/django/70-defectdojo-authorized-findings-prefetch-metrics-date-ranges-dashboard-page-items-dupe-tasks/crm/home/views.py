from datetime import timedelta

from django.http import JsonResponse
from django.utils.timezone import now

from crm.authorization import get_authorized_findings, get_authorized_products
from crm.finding.queries import sla_breached


def dashboard(request):
    findings = get_authorized_findings(request.user).exclude(status="duplicate")
    today = now().date()
    today_count = findings.filter(created_at__date=today).count()  # expect: scans-all [dj70k] cross
    week_count = findings.filter(created_at__gte=now() - timedelta(days=7)).count()  # expect: prunes [dj70m] cross
    breached = sla_breached(findings, days=30).count()  # expect: prunes [dj70y] cross
    products = get_authorized_products(request.user).count()  # expect: scans-all [dj70n] cross
    return JsonResponse({"today": today_count, "last_seven_days": week_count, "sla_breached": breached, "products": products})
