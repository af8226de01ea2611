from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from crm.models import Lead


class CustomerOrderViewMixin:
    """The logged-in customer's orders in the current shop."""

    def get_queryset(self):
        return Lead.objects.filter(user=self.request.user, campaign=self.request.shop)


class OrderListView(CustomerOrderViewMixin):
    def __init__(self, request):
        self.request = request

    def get(self):
        orders = self.get_queryset().order_by("-created_at")
        return JsonResponse({"orders": [{"id": o.pk, "status": o.status} for o in orders]})  # expect: scans-all [dj72x] cross


class OrderDetailView(CustomerOrderViewMixin):
    def __init__(self, request):
        self.request = request

    def get(self, pk):
        order = get_object_or_404(self.get_queryset(), pk=pk)  # expect: scans-all [dj72y] cross
        return JsonResponse({"id": order.pk, "status": order.status})


def anonymize_customer(user):
    """GDPR: scrub the e-mail from every order of the customer."""
    Lead.objects.filter(user=user).update(email="anonymized@example.invalid")  # expect: scans-all [dj72z]


class RecentOrdersView(CustomerOrderViewMixin):
    """The account dashboard's last three months of orders."""

    def __init__(self, request):
        self.request = request

    def get(self):
        orders = self.get_queryset().since(90).values_list("id", "status")
        return JsonResponse({"orders": list(orders)})  # expect: prunes [dj72aa] cross
