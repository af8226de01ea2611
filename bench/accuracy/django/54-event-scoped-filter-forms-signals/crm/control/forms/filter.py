from datetime import datetime, time, timedelta

from django import forms
from django.db.models import Q
from django.utils.timezone import make_aware, now


class FilterForm(forms.Form):
    orders = {}

    ordering = forms.ChoiceField(required=False)

    def filter_qs(self, qs):
        return qs

    @property
    def filtered(self):
        return self.is_valid() and any(self.cleaned_data.values())

    def get_order_by(self):
        o = self.cleaned_data.get("ordering")
        if o.startswith("-") and o not in self.orders:
            return "-" + self.orders[o[1:]]
        return self.orders[o]


class EventOrderFilterForm(FilterForm):
    orders = {"code": "id", "email": "email", "datetime": "created_at", "status": "status"}

    query = forms.CharField(required=False)
    status = forms.ChoiceField(
        required=False,
        choices=(("", "All orders"), ("paid", "Paid"), ("pending", "Pending"), ("o", "Pending (overdue)"), ("expired", "Expired")),
    )
    date_from = forms.DateField(required=False)
    date_until = forms.DateField(required=False)

    def __init__(self, *args, **kwargs):
        self.event = kwargs.pop("event")
        super().__init__(*args, **kwargs)

    def filter_qs(self, qs):
        fdata = self.cleaned_data
        qs = super().filter_qs(qs)

        if fdata.get("query"):
            u = fdata.get("query")
            qs = qs.filter(Q(company__icontains=u) | Q(email__icontains=u))

        if fdata.get("status"):
            s = fdata.get("status")
            if s == "o":
                qs = qs.filter(status="pending", created_at__lt=now() - timedelta(days=14))
            else:
                qs = qs.filter(status=s)

        if fdata.get("date_from"):
            qs = qs.filter(created_at__gte=make_aware(datetime.combine(fdata["date_from"], time.min)))
        if fdata.get("date_until"):
            qs = qs.filter(created_at__lte=make_aware(datetime.combine(fdata["date_until"], time.max)))

        if fdata.get("ordering"):
            qs = qs.order_by(self.get_order_by())
        return qs
