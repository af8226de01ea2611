from django import forms


class LeadSearchForm(forms.Form):
    status = forms.CharField(required=False)
    date_from = forms.DateField(required=False)
    date_to = forms.DateField(required=False)
