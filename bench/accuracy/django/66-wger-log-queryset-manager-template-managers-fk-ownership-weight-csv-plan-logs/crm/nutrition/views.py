from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from crm.models import Lead


@login_required
def plan_day(request, pk, date=None):
    plan = get_object_or_404(Lead, pk=pk, user=request.user, status="plan")  # expect: scans-all [dj66x]
    entries = list(plan.get_log_entries(date))  # expect: scans-all [dj66y] cross
    closest = plan.get_closest_weight_entry()
    return render(request, "nutrition/plan_day.html", {"plan": plan, "entries": entries, "weight": closest})
