from datetime import date, datetime, timedelta

from django.db.models import Count
from django.shortcuts import render

from crm.services.reporting import base_qs, month_qs


def month_report(request, year, month):
    start = datetime(year, month, 1)
    end = start + timedelta(days=31)
    return render(request, "crm/month.html", {"leads": month_qs(request.user, start, end)})  # expect: scans-all [dj30a] cross


def status_report(request):
    rows = list(base_qs(request.user).values("status").annotate(n=Count("id")))  # expect: scans-all [dj30b] cross
    return render(request, "crm/status.html", {"rows": rows})


def day_count(request):
    n = base_qs(request.user).filter(created_at__date=date.today()).count()  # expect: scans-all [dj30c] cross
    return render(request, "crm/day.html", {"n": n})
