from datetime import timedelta

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils.dateparse import parse_datetime
from django.utils.timezone import now

from crm.authorization import get_authorized_findings, get_authorized_products

SEVERITIES = ("Critical", "High", "Medium", "Low", "Info")


def get_date_range(request):
    end_date = parse_datetime(request.GET.get("end_date", "")) or now()
    start_date = parse_datetime(request.GET.get("start_date", "")) or end_date - timedelta(days=30)
    return start_date, end_date


def finding_queries(user, request):
    findings_query = get_authorized_findings(user).filter(status__in=SEVERITIES + ("mitigated", "accepted"))
    start_date, end_date = get_date_range(request)
    findings = findings_query.filter(created_at__range=[start_date, end_date])
    monthly_counts = findings.annotate(month=TruncMonth("created_at")).values("month").annotate(n=Count("id")).order_by("month")
    per_month = list(monthly_counts)  # expect: prunes [dj70g] cross
    closed = findings.filter(status="mitigated").count()  # expect: prunes [dj70h] cross
    accepted = findings_query.filter(status="accepted", created_at__gte=start_date).count()  # expect: prunes [dj70i] cross
    critical = Count("leads", filter=Q(leads__status="Critical", leads__created_at__range=[start_date, end_date]))
    top_ten = [p.name for p in get_authorized_products(user).annotate(critical=critical).order_by("-critical")[:10]]  # expect: scans-all [dj70j] cross
    return {"monthly_counts": per_month, "closed": closed, "accepted": accepted, "top_ten": top_ten}


def simple_metrics(user, request):
    year = int(request.GET.get("year", now().year))
    month = int(request.GET.get("month", now().month))
    findings = get_authorized_findings(user).filter(created_at__year=year, created_at__month=month)
    return {"total": findings.count(), "year": year, "month": month}  # expect: prunes [dj70l] cross
