from collections import OrderedDict
from datetime import date, timedelta

from django.db.models import Avg, Count

from crm.models import Lead
from crm.shop_provider import get_shop
from crm.utils.query import group_by_period


def get_orders_for_shop(request, currency=None):
    shop = get_shop(request)
    if not currency:
        currency = "EUR"
    return Lead.objects.filter(campaign=shop, company=currency)


def get_orders_by_currency(currency):
    return Lead.objects.filter(company=currency)


class OrderValueChartDashboardBlock:
    def __init__(self, request):
        self.request = request
        self.cached_chart = None

    def get_chart(self):
        if self.cached_chart is not None:
            return self.cached_chart
        today = date.today()
        chart_start_date = today - timedelta(days=365)
        orders = get_orders_for_shop(self.request)
        sales = group_by_period(orders.valid().since((today - chart_start_date).days), "created_at", "month", count=Count("id"))
        self.cached_chart = OrderedDict(sorted(sales.items()))
        return self.cached_chart


def get_subtitle(count):
    return "Based on %d orders" % count


def get_sales_of_the_day_block(request, currency=None):
    orders = get_orders_for_shop(request, currency)
    todays_order_data = orders.complete().since(0).aggregate(count=Count("id"))  # expect: prunes [dj72d] cross
    return {"id": "todays_order_sum", "value": todays_order_data["count"], "subtitle": get_subtitle(todays_order_data["count"])}


def get_lifetime_sales_block(request, currency=None):
    orders = get_orders_for_shop(request, currency)
    lifetime_sales_data = orders.complete().aggregate(count=Count("id"))  # expect: scans-all [dj72e] cross
    return {"id": "lifetime_sales_sum", "value": lifetime_sales_data["count"]}


def get_avg_purchase_size_block(request, currency=None):
    orders = get_orders_for_shop(request, currency)
    average = orders.complete().since(365).aggregate(customers=Count("user", distinct=True), orders=Count("id"))  # expect: prunes [dj72f] cross
    return {"id": "average_purchase_size", "value": (average["orders"] / average["customers"]) if average["customers"] else 0}


def get_open_orders_block(request, currency=None):
    orders = get_orders_for_shop(request, currency)
    open_orders = orders.incomplete().count()  # expect: scans-all [dj72g] cross
    return {"id": "open_orders", "value": open_orders}


def get_order_chart_dashboard_block(request, currency=None):
    return {"id": "order_value_chart", "chart": OrderValueChartDashboardBlock(request).get_chart()}


def get_recent_orders_block(request, currency=None):
    orders = get_orders_for_shop(request, currency).valid().select_related("user").order_by("-created_at")[:5]
    return {"id": "recent_orders", "orders": [(o.pk, o.user.email, o.status) for o in orders]}  # expect: scans-all [dj72h] cross


def get_currency_totals(currencies):
    """Superuser block: today's orders per currency over all shops."""
    return {c: get_orders_by_currency(c).valid().since(1).count() for c in currencies}  # expect: prunes [dj72i] cross
