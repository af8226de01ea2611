from django.db.models import Q

from crm.models import Lead
from crm.shop_provider import get_shop


class CancelOrderAction:
    identifier = "mass_action_order_cancel"

    def process(self, request, ids):
        shop = get_shop(request)
        if isinstance(ids, str) and ids == "all":
            query = Q(campaign=shop)
        else:
            query = Q(id__in=ids, campaign=shop)
        for order in Lead.objects.filter(query):  # expect: scans-all [dj72l]
            if not order.can_set_canceled():
                continue
            order.set_canceled()


class MarkPaidAction:
    """Marks the selected orders of this month paid (the action is offered on the month view only)."""

    identifier = "mass_action_order_paid"

    def process(self, request, ids, month_start, month_end):
        orders = Lead.objects.in_date_range(month_start, month_end).filter(campaign=get_shop(request), id__in=ids)
        return orders.incomplete().update(status="paid")  # expect: prunes [dj72m] cross


class ArchiveOldOrdersAction:
    """Marks the shop's completed orders placed before the cut-off date as archived."""

    identifier = "mass_action_order_archive"

    def process(self, request, ids, cutoff):
        old = Lead.objects.in_date_range(None, cutoff).complete()
        return old.filter(campaign=get_shop(request)).update(status="archived")  # expect: prunes [dj72ab] cross
