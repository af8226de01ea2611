from django.db.models import Count

from crm.models import AgentOutput, Lead
from crm.reports.base import ShuupReportBase


class SalesReport(ShuupReportBase):
    identifier = "sales_report"

    def get_data(self):
        orders = self.get_objects().valid().order_by("created_at")
        return [{"date": o.created_at.date(), "order": o.pk, "customer": o.email} for o in orders]  # expect: prunes [dj72s] cross


class TotalSales(ShuupReportBase):
    identifier = "total_sales_report"

    def get_data(self):
        totals = self.get_objects().paid().aggregate(orders=Count("id"), customers=Count("user", distinct=True))  # expect: prunes [dj72t] cross
        return [totals]


class CustomerSalesReport(ShuupReportBase):
    """Orders per customer; the customer column links to all of the customer's orders."""

    identifier = "customer_sales_report"

    def get_data(self):
        rows = self.get_objects().valid().values("user", "email").annotate(orders=Count("id")).order_by("-orders")
        return list(rows)  # expect: prunes [dj72u] cross

    def lifetime_orders(self, customer_id):
        return Lead.objects.filter(user_id=customer_id).valid().count()  # expect: scans-all [dj72v] cross


class RefundsReport(ShuupReportBase):
    """Refund log entries of the report's orders."""

    identifier = "refunds_report"

    def get_data(self):
        refunds = AgentOutput.objects.filter(kind="refund", lead__in=self.get_objects())
        return [{"order": r.lead_id, "amount": r.body} for r in refunds]  # expect: scans-all [dj72w] cross
