"""Lead analytics: every metric takes the caller's org-scoped queryset and a window."""
from datetime import datetime, timedelta
from typing import Iterable, Optional

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

DEFAULT_SERVICE_DAYS = 14
TERMINAL_STATUSES = ("converted", "closed")


def _coerce_window(from_dt: Optional[datetime] = None, to_dt: Optional[datetime] = None):
    """The last 30 days unless the caller chose a window."""
    now = timezone.now()
    if to_dt is None:
        to_dt = now
    if from_dt is None:
        from_dt = to_dt - timedelta(days=30)
    if timezone.is_naive(from_dt):
        from_dt = timezone.make_aware(from_dt)
    if timezone.is_naive(to_dt):
        to_dt = timezone.make_aware(to_dt)
    return from_dt, to_dt


def compute_response(qs: QuerySet, from_dt: Optional[datetime] = None, to_dt: Optional[datetime] = None) -> dict:
    from_dt, to_dt = _coerce_window(from_dt, to_dt)
    in_window = qs.filter(created_at__gte=from_dt, created_at__lt=to_dt)
    rows = list(in_window.values_list("id", "created_at", "status"))  # expect: prunes [dj58n] cross
    answered = [r for r in rows if r[2] != "assigned"]
    return {"total": len(rows), "answered": len(answered), "lead_ids": [str(r[0]) for r in rows]}


def compute_backlog(qs: QuerySet, from_dt: Optional[datetime] = None, to_dt: Optional[datetime] = None) -> dict:
    """Open leads at the end of each day of the window."""
    from_dt, to_dt = _coerce_window(from_dt, to_dt)
    rows = list(qs.filter(Q(created_at__lt=to_dt) & (Q(status__in=["assigned", "in process"]) | Q(status="recycled"))).values_list("created_at", "status"))  # expect: prunes [dj58o] cross
    series = []
    day = from_dt
    while day < to_dt:
        series.append({"date": day.date().isoformat(), "open_count": sum(1 for created_at, _ in rows if created_at < day + timedelta(days=1))})
        day += timedelta(days=1)
    return {"series": series}


def compute_sla(qs: QuerySet, from_dt: Optional[datetime] = None, to_dt: Optional[datetime] = None) -> dict:
    from_dt, to_dt = _coerce_window(from_dt, to_dt)
    rows = list(qs.filter(created_at__gte=from_dt, created_at__lt=to_dt).values_list("id", "created_at", "status"))  # expect: prunes [dj58p] cross
    breached = [r for r in rows if r[2] == "assigned" and timezone.now() - r[1] > timedelta(days=2)]
    return {"total": len(rows), "breached": len(breached)}


def compute_service_overview(qs: QuerySet, org_id, days: int = DEFAULT_SERVICE_DAYS) -> dict:
    to_dt = timezone.now()
    from_dt = to_dt - timedelta(days=days)
    volume = list(qs.filter(created_at__gte=from_dt, created_at__lt=to_dt).annotate(day=TruncDate("created_at")).values("day").annotate(n=Count("id")).order_by("day"))  # expect: prunes [dj58q] cross
    open_now = qs.exclude(status__in=TERMINAL_STATUSES).count()  # expect: scans-all [dj58r] cross
    return {"org": org_id, "volume": volume, "open_now": open_now, "window_days": days}


def lead_ids_for_metric(metric: str, qs: QuerySet, from_dt: Optional[datetime] = None, to_dt: Optional[datetime] = None, bucket: Optional[str] = None) -> Iterable:
    """The ids a metric (and bucket) pulls in, for the drilldown and the CSV export."""
    from_dt, to_dt = _coerce_window(from_dt, to_dt)
    if metric == "response":
        return qs.filter(created_at__gte=from_dt, created_at__lt=to_dt).values_list("id", flat=True)
    if metric == "backlog":
        if not bucket:
            raise ValueError("backlog drilldown requires a bucket=YYYY-MM-DD")
        end_of_day = timezone.make_aware(datetime.fromisoformat(bucket)) + timedelta(days=1)
        return qs.filter(Q(created_at__lt=end_of_day) & Q(status__in=["assigned", "in process"])).values_list("id", flat=True)
    raise ValueError(f"unknown metric {metric}")
