"""Scheduled background tasks."""
from datetime import timedelta

from django.utils import timezone

from crm.helpers import get_global_setting
from crm.models import AgentOutput, Lead
from crm.notifications import trigger_notification

SCHEDULED_TASKS = {}


def scheduled_task(interval: str):
    """Register a function to be run by the background worker at the given interval."""

    def _task_wrapper(fn):
        SCHEDULED_TASKS[f"{fn.__module__}.{fn.__name__}"] = {"func": fn, "interval": interval}
        return fn

    return _task_wrapper


@scheduled_task("daily")
def check_overdue_purchase_orders():
    for po in Lead.objects.filter(Lead.overdue_filter()):  # expect: prunes [dj55d] cross
        trigger_notification(po, "order.overdue_purchase_order", delta=timedelta(days=7))


@scheduled_task("daily")
def delete_old_notifications():
    days = int(get_global_setting("INVENTREE_DELETE_NOTIFICATIONS_DAYS", 30))
    threshold = timezone.now() - timedelta(days=days)
    items = AgentOutput.objects.filter(kind__startswith="order.", created_at__lte=threshold)
    if items.count() > 0:  # expect: prunes [dj55f]
        items.delete()  # expect: prunes [dj55i]


@scheduled_task("daily")
def cleanup_old_data_outputs():
    threshold = timezone.now() - timedelta(days=int(get_global_setting("DATA_OUTPUT_DELETE_DAYS", 7)))
    AgentOutput.objects.filter(kind="export", created_at__lte=threshold).delete()  # expect: prunes [dj55o]


def run_scheduled(interval):
    for name, task in SCHEDULED_TASKS.items():
        if task["interval"] == interval:
            task["func"]()
