"""Notification page."""
from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.views import View

from crm.models import AgentOutput
from crm.views.helpers import notification_window


@method_decorator(login_required, name="dispatch")
class Notifications(View):
    def get(self, request, notification_type=None):
        notifications = AgentOutput.objects.filter(
            lead__user=request.user, created_at__gte=notification_window()
        ).order_by("-created_at")
        if notification_type == "mentions":
            notifications = notifications.filter(kind="mention")
        unread = [n.id for n in notifications.filter(body__isnull=True)[:50]]  # expect: scans-all [dj53s] cross
        data = {"notifications": notifications[:50], "unread": unread}  # expect: scans-all [dj53u] cross
        notifications.filter(id__in=unread).update(body="")  # expect: scans-all [dj53t] cross
        return TemplateResponse(request, "notifications/notifications_page.html", data)
