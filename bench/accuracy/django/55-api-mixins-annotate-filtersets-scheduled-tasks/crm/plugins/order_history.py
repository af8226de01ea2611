"""Order history report: orders per month and status between two dates."""
from django.db.models import Count
from django.db.models.functions import TruncMonth

from crm.models import Lead


class OrderHistoryPlugin:
    NAME = "OrderHistory"
    SLUG = "order_history"

    def generate_history(self, start_date, end_date, supplier=None):
        orders = Lead.objects.filter(created_at__gte=start_date, created_at__lte=end_date)
        if supplier is not None:
            orders = orders.filter(campaign=supplier)
        history = orders.annotate(month=TruncMonth("created_at")).values("month", "status").annotate(n=Count("id"))
        return [dict(row) for row in history.order_by("month")]  # expect: prunes [dj55p]
