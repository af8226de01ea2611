from datetime import timedelta

from django.shortcuts import render
from django.utils import timezone

from crm.models import Lead


def dashboard(request):
    end = timezone.now()
    start = end - timedelta(days=7)
    week = Lead.objects.for_user(request.user).in_window(start, end)
    return render(request, "crm/dashboard.html", {"leads": week.order_by("-created_at")[:20]})  # expect: prunes [dj26a] cross


def with_counts(request):
    end = timezone.now()
    leads = Lead.objects.in_window(end - timedelta(days=7), end).with_output_counts()
    return render(request, "crm/counts.html", {"leads": list(leads)})  # expect: scans-all [dj26b] cross


def email_flags(request):
    rows = list(Lead.objects.for_user(request.user).with_email_flag().values("id", "has_email"))  # expect: scans-all [dj26c] cross
    return render(request, "crm/flags.html", {"rows": rows})


def by_company(request):
    qs = Lead.objects.for_user(request.user).filter(company=request.GET["company"]).exclude(status="spam")
    return render(request, "crm/list.html", {"count": qs.count()})  # expect: scans-all [dj26d] cross
