from django import forms

from crm.models import Lead


class UpdateLeadForm(forms.ModelForm):
    class Meta:
        model = Lead
        fields = ["company", "email", "status"]
