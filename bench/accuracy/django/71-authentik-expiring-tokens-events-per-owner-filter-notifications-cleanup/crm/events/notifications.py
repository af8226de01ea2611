from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from crm.api.filters import OwnerFilter
from crm.models import AgentOutput


class NotificationViewSet:
    """The user's notifications: list, mark one or all as seen, delete."""

    queryset = AgentOutput.objects.select_related("lead")
    owner_field = "lead__user"
    filter_backends = [OwnerFilter]

    def __init__(self, request):
        self.request = request

    def get_queryset(self):
        return self.queryset.all()

    def filter_queryset(self, queryset):
        for backend in self.filter_backends:
            queryset = backend().filter_queryset(self.request, queryset, self)
        return queryset

    def get_object(self, pk):
        return get_object_or_404(self.filter_queryset(self.get_queryset()), pk=pk)  # expect: scans-all [dj71g] cross

    def list(self):
        notifications = self.filter_queryset(self.get_queryset())
        if self.request.GET.get("seen") == "false":
            notifications = notifications.exclude(kind="seen")
        results = [{"pk": n.pk, "severity": n.kind, "body": n.body, "event": n.lead.status} for n in notifications.order_by("-created_at")[:50]]  # expect: scans-all [dj71h] cross
        return JsonResponse({"results": results})

    def destroy(self, pk):
        self.get_object(pk).delete()  # expect: scans-all [dj71j]
        return JsonResponse({}, status=204)

    def mark_all_seen(self):
        """Mark all the user's notifications as seen."""
        unseen = AgentOutput.objects.exclude(kind="seen")
        OwnerFilter().filter_queryset(self.request, unseen, self).update(kind="seen")  # expect: scans-all [dj71k] cross
        return JsonResponse({}, status=204)
