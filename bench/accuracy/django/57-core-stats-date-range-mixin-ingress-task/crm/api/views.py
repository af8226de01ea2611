from http import HTTPStatus

from django.http import JsonResponse
from django.views.generic import View

from crm.dashboard.mixins import DateRangeMixin
from crm.models import Campaign


class ApiTokenRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return JsonResponse(data={}, status=HTTPStatus.FORBIDDEN)
        return super().dispatch(request, *args, **kwargs)


class DashboardApiView(ApiTokenRequiredMixin, DateRangeMixin, View):
    def get(self, request, *args, **kwargs):
        services = Campaign.objects.filter(user=request.user).order_by("name", "id")

        service_id = request.GET.get("uuid")
        if service_id and service_id.isdigit():
            services = services.filter(id=int(service_id))

        try:
            start = self.get_start_date()
            end = self.get_end_date()
        except ValueError:
            return JsonResponse(status=HTTPStatus.BAD_REQUEST, data={"error": "Invalid date format. Use YYYY-MM-DD."})

        services_data = [
            {"name": service.name, "id": service.id, "stats": service.get_core_stats(start, end)}
            for service in services
        ]  # expect: prunes [dj57x]
        return JsonResponse(data={"services": services_data})
