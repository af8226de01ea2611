from django import forms
from django.utils.functional import cached_property
from django.views.generic import ListView

from crm.models import AgentOutput


class ChangesForm(forms.Form):
    start_date = forms.DateTimeField(required=False)
    end_date = forms.DateTimeField(required=False)
    action = forms.MultipleChoiceField(required=False, choices=[("content", "content"), ("comment", "comment")])


class ChangesView(ListView):
    """Browser for changes."""

    paginate_by = 20
    template_name = "trans/changes.html"

    @cached_property
    def changes_form(self):
        return ChangesForm(data=self.request.GET)

    def get_queryset(self):
        changes = AgentOutput.objects.last_changes(self.request.user)  # expect-also: [dj56a]
        if self.changes_form.is_valid():
            data = self.changes_form.cleaned_data
            if data.get("start_date") and data.get("end_date"):
                changes = changes.filter(created_at__range=(data["start_date"], data["end_date"]))
            if data.get("action"):
                changes = changes.filter(kind__in=data["action"])
        return changes  # expect: scans-all [dj56a] cross
