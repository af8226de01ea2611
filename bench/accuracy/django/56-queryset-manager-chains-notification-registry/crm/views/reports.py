from django import forms
from django.http import JsonResponse

from crm.models import AgentOutput
from crm.views.utils import get_project


class ReportsForm(forms.Form):
    start_date = forms.DateTimeField(required=True)
    end_date = forms.DateTimeField(required=True)


def generate_credits(start_date, end_date, project):
    """Authors of content changes per unit of the project in the period."""
    base = AgentOutput.objects.content()
    result = []
    for unit in project.leads.order_by("id"):  # expect: scans-all [dj56d]
        authors = base.filter(lead=unit).authors_list((start_date, end_date))
        result.append({"unit": unit.pk, "authors": list(authors)})  # expect: prunes [dj56e] cross
    return result


def get_credits(request, project_id):
    project = get_project(request, project_id)
    form = ReportsForm(request.POST)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    data = generate_credits(
        form.cleaned_data["start_date"],
        form.cleaned_data["end_date"],
        project,
    )
    return JsonResponse({"credits": data})
