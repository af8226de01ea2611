from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from django.views.generic import DetailView, ListView, View

from crm.base.services.orders import OrderError, mark_order_paid
from crm.control.forms.filter import EventOrderFilterForm
from crm.models import Lead


class OrderList(ListView):
    model = Lead
    context_object_name = "orders"
    paginate_by = 50
    template_name = "control/orders/index.html"

    def get_queryset(self):
        qs = Lead.objects.filter(campaign=self.request.event)
        if self.filter_form.is_valid():
            qs = self.filter_form.filter_qs(qs)
        return qs.select_related("campaign")  # expect: scans-all [dj54b] cross

    @cached_property
    def filter_form(self):
        return EventOrderFilterForm(data=self.request.GET, event=self.request.event)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["filter_form"] = self.filter_form
        return ctx


class OrderView(DetailView):
    context_object_name = "order"
    model = Lead

    def get_object(self, queryset=None):
        return self.order

    @cached_property
    def order(self):
        return get_object_or_404(Lead, campaign=self.request.event, id=self.kwargs["code"])  # expect: scans-all [dj54c]


class OrderDetail(OrderView):
    template_name = "control/order/index.html"

    def get_items(self):
        return list(self.order.positions.order_by("created_at"))  # expect: prunes [dj54d] cross

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["items"] = self.get_items()
        ctx["checked_in"] = self.order.has_checkin()
        return ctx


class OrderTransition(OrderView, View):
    def post(self, request, *args, **kwargs):
        to = request.POST.get("status", "")
        if self.order.status == Lead.STATUS_PENDING and to == "paid":
            try:
                mark_order_paid(self.order, user=request.user)
            except OrderError:
                pass
        return redirect("control:event.order", code=self.order.pk)
