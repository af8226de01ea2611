from datetime import datetime, time, timedelta

from django.dispatch import receiver
from django.template.response import TemplateResponse
from django.utils.dateparse import parse_date
from django.utils.functional import cached_property
from django.utils.timezone import make_aware, now
from django.views.generic import TemplateView

from crm.base.signals import event_dashboard_widgets
from crm.base.statistics import order_overview
from crm.models import Lead


@receiver(signal=event_dashboard_widgets)
def base_widgets(sender, **kwargs):
    paid = Lead.objects.filter(campaign=sender, status=Lead.STATUS_PAID).count()  # expect: scans-all [dj54f]
    recent = Lead.objects.filter(campaign=sender, created_at__gte=now() - timedelta(days=7)).count()  # expect: prunes [dj54g]
    return [
        {"content": "%d paid orders" % paid, "width": 3},
        {"content": "%d orders this week" % recent, "width": 3},
    ]


def event_index(request, organizer, event):
    widgets = []
    for r, result in event_dashboard_widgets.send(sender=request.event):
        widgets.extend(result)
    return TemplateResponse(request, "control/event/index.html", {"widgets": widgets})


def organizer_index(request, organizer):
    events = request.user.campaigns.filter(archived=False).order_by("name")
    return TemplateResponse(request, "control/organizers/detail.html", {"events": list(events)})  # expect: prunes [dj54o]


class OverView(TemplateView):
    template_name = "control/orders/overview.html"

    @cached_property
    def date_from(self):
        d = parse_date(self.request.GET.get("date_from", "") or "")
        return make_aware(datetime.combine(d, time.min)) if d else None

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["items_by_status"] = list(order_overview(self.request.event, date_from=self.date_from))  # expect: scans-all [dj54h] cross
        return ctx
