from datetime import timedelta

from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone

from crm.contributors.utils import get_approvals_charts_data, get_contribution_graph_data, users_with_translations_counts


def locale_contributors(request, locale):
    period = request.GET.get("period")
    start_date = timezone.now() - timedelta(days=30 * int(period)) if period else None
    contributors = users_with_translations_counts(start_date, Q(email=locale), limit=100)
    return JsonResponse({"contributors": [c.email for c in contributors]})


def team_dashboard(request, locale):
    contributors = users_with_translations_counts(timezone.now() - timedelta(days=365), Q(email=locale))
    return JsonResponse({"contributors": [c.email for c in contributors]})


def profile(request):
    graph, title = get_contribution_graph_data(request.user, request.GET.get("contribution_type"))
    return JsonResponse({"graph": graph, "title": title, "approvals": get_approvals_charts_data(request.user)})
