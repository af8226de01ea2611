from datetime import timedelta

from django.db.models import Count
from django.utils import timezone


def analytics_window(params):
    # Charts cover the last 30 days unless the client asks for a longer span.
    days = int(params.get("days", 30))
    return {"created_at__gte": timezone.now() - timedelta(days=min(days, 365))}


def build_graph_plot(queryset, x_axis, y_axis="count"):
    rows = queryset.values(x_axis).annotate(count=Count("id")).order_by(x_axis)
    return [{"dimension": r[x_axis], y_axis: r["count"]} for r in rows]  # expect: prunes [dj41c] cross
