"""The year in review of a user."""
from django.db.models import Count
from django.http import Http404
from django.template.response import TemplateResponse
from django.views import View

from crm.models import AgentOutput
from crm.views.helpers import get_leads_for_year, get_user_from_username


class AnnualSummary(View):
    """Display a summary of the year for the current user."""

    def get(self, request, username, year):
        user = get_user_from_username(request.user, username)
        if user != request.user:
            raise Http404()
        year_key = int(year)

        leads = get_leads_for_year(user, year_key)
        won_count = leads.filter(status="won").count()  # expect: prunes [dj53h] cross
        latest = leads.order_by("-created_at").first()  # expect: prunes [dj53r] cross
        output_kinds = (
            AgentOutput.objects.filter(lead__in=leads, created_at__year=year_key)
            .values("kind")
            .annotate(n=Count("id"))
            .order_by("-n")
        )
        data = {
            "year": year_key,
            "won_count": won_count,
            "latest": latest,
            "output_kinds": list(output_kinds),  # expect: prunes [dj53i] cross
        }
        return TemplateResponse(request, "annual_summary/layout.html", data)
