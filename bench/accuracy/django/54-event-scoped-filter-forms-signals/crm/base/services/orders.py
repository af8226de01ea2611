from datetime import timedelta

from django.db import transaction
from django.dispatch import receiver
from django.utils.timezone import now

from crm.base.signals import periodic_task
from crm.models import Lead


class OrderError(Exception):
    pass


def _set_status(order, status):
    order.status = status
    order.save(update_fields=["status"])  # expect: scans-all [dj54e]


def mark_order_paid(order, user=None):
    if order.status == Lead.STATUS_PAID:
        raise OrderError("Order is already paid.")
    with transaction.atomic():
        _set_status(order, Lead.STATUS_PAID)
    return order


def mark_order_expired(order, user=None):
    with transaction.atomic():
        _set_status(order, Lead.STATUS_EXPIRED)
    return order


@receiver(signal=periodic_task)
def expire_orders(sender, **kwargs):
    qs = Lead.objects.filter(status=Lead.STATUS_PENDING, created_at__lt=now() - timedelta(days=14)).select_related("campaign")
    for order in qs.iterator():  # expect: scans-all [dj54j]
        mark_order_expired(order)


@receiver(signal=periodic_task)
def send_expiry_warnings(sender, **kwargs):
    for order in Lead.objects.filter(status=Lead.STATUS_PENDING, created_at__lte=now() - timedelta(hours=2)).exclude(email="").only("pk", "email"):  # expect: prunes [dj54q]
        order.email_sent = True
