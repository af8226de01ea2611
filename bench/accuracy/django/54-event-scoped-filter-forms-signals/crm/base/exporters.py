from datetime import timedelta

from django.dispatch import receiver
from django.utils.timezone import now

from crm.base.signals import register_data_exporters
from crm.base.statistics import order_overview


class BaseExporter:
    identifier = None

    def __init__(self, event):
        self.event = event

    def render(self, form_data):
        return list(self.iterate_list(form_data))


class OrderListExporter(BaseExporter):
    identifier = "orderlist"

    def iterate_list(self, form_data):
        qs = self.event.leads.all()
        if form_data.get("paid_only"):
            qs = qs.filter(status="paid")
        yield ["Order code", "Email", "Status", "Order date"]
        for order in qs.order_by("created_at"):  # expect: scans-all [dj54l]
            yield [order.pk, order.email, order.status, order.created_at.isoformat()]


class MonthlyReportExporter(BaseExporter):
    identifier = "monthlyreport"

    def iterate_list(self, form_data):
        yield ["Status", "Orders"]
        for row in order_overview(self.event, date_from=now() - timedelta(days=30)):  # expect: prunes [dj54i] cross
            yield [row["status"], row["c"]]


@receiver(signal=register_data_exporters)
def register_default_exporters(sender, **kwargs):
    return [OrderListExporter, MonthlyReportExporter]


def export(event, provider, form_data):
    for recv, response in register_data_exporters.send(event):
        for ex_cls in response:
            ex = ex_cls(event)
            if ex.identifier == provider:
                return ex.render(form_data)
    return None
