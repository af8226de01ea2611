from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from crm.models import AgentOutput, Lead
from crm.shop_provider import get_shop


class OrderDetailView:
    def __init__(self, request):
        self.request = request

    def get_queryset(self):
        return Lead.objects.filter(campaign=get_shop(self.request))

    def get_object(self, pk):
        return get_object_or_404(self.get_queryset(), pk=pk)  # expect: scans-all [dj72n] cross

    def get(self, pk):
        order = self.get_object(pk)
        payments = [p.body for p in order.get_payments()]  # expect: prunes [dj72o] cross
        log = list(order.outputs.exclude(kind="payment").order_by("-created_at").values_list("body", flat=True))  # expect: scans-all [dj72p]
        return JsonResponse({"id": order.pk, "status": order.status, "payments": payments, "log": log})


def add_log_entry(request, pk, message):
    """The order detail's log form posts the order's pk; the entry goes to the order's notes."""
    order = Lead.objects.only("id", "created_at").get(pk=pk, campaign=get_shop(request))  # expect: scans-all [dj72q]
    AgentOutput.objects.create(lead=order, kind="log", body=message, created_at=order.created_at)
    return JsonResponse({"ok": True})


def update_status(request, pk, created, status):
    """The status form carries the order's pk and order date, so the order is found in its month."""
    updated = Lead.objects.filter(pk=pk, created_at=created, campaign=get_shop(request)).update(status=status)  # expect: prunes [dj72r]
    return JsonResponse({"updated": updated})
