from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.generic import TemplateView

from .models import Lead


class CompanyView(TemplateView):
    template_name = "crm/company.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["leads"] = Lead.objects.filter(company=self.kwargs["company"])  # expect: scans-all [dj20a]
        return context


def new_leads(request):
    page = Paginator(Lead.objects.filter(status="new").order_by("-id"), 25).get_page(request.GET.get("page"))  # expect: scans-all [dj20b]
    return render(request, "crm/new_leads.html", {"page": page})


def export_since(since, out):
    for lead in Lead.objects.filter(created_at__gte=since).iterator(chunk_size=500):  # expect: prunes [dj20c]
        out.write(lead.email)
