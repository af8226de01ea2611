from datetime import datetime, time

from django import forms
from django.http import JsonResponse
from django.utils.timezone import make_aware

from crm.plugins.order_history import OrderHistoryPlugin


class HistoryForm(forms.Form):
    start_date = forms.DateField(required=True)
    end_date = forms.DateField(required=True)


def order_history(request):
    form = HistoryForm(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    start = make_aware(datetime.combine(form.cleaned_data["start_date"], time.min))
    end = make_aware(datetime.combine(form.cleaned_data["end_date"], time.max))
    return JsonResponse({"history": OrderHistoryPlugin().generate_history(start, end)})
