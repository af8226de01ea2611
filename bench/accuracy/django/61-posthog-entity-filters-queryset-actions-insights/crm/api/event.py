from django.db.models import Count
from django.http import JsonResponse
from django.utils import timezone
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from crm.filter import Filter
from crm.models import Lead
from crm.queries.base import process_entity_for_events
from crm.utils import week_ago


class EventViewSet(viewsets.ModelViewSet):
    queryset = Lead.objects.all()

    def get_queryset(self):
        queryset = super().get_queryset()
        team = self.request.user
        queryset = queryset.filter(user=team)
        for key, value in self.request.GET.items():
            if key == "event":
                queryset = queryset.filter(status=value)
            elif key == "distinct_id":
                queryset = queryset.filter(company=value)
            elif key == "ip":
                queryset = queryset.filter(email=value)
        return queryset.order_by("-id")  # expect: scans-all [dj61aa] cross

    def list(self, request, *args, **kwargs):
        queryset = self.get_queryset()
        if request.GET.get("before"):
            queryset = queryset.filter(created_at__lt=request.GET["before"])
        if request.GET.get("after"):
            queryset = queryset.filter(created_at__gt=request.GET["after"])
        events = list(queryset[:101])  # expect: scans-all [dj61b] cross
        return Response({"next": len(events) > 100, "results": [e.id for e in events[:100]]})

    def retrieve(self, request, pk=None, *args, **kwargs):
        event = self.get_queryset().get(pk=pk)  # expect: scans-all [dj61c] cross
        return Response({"id": event.id, "event": event.status})

    def partial_update(self, request, pk=None, *args, **kwargs):
        event = self.get_queryset().get(pk=pk, created_at=request.data["timestamp"])  # expect: prunes [dj61v] cross
        event.status = request.data.get("event", event.status)
        event.save(update_fields=["status"])  # expect: scans-all [dj61w]
        return Response({"id": event.id})

    @action(methods=["GET"], detail=False)
    def values(self, request):
        key = request.GET.get("key")
        rows = (
            Lead.objects.filter(user=request.user, status=key, created_at__gte=week_ago())
            .values("email")
            .annotate(count=Count("id"))
            .order_by("-count")
        )
        return Response([{"name": r["email"]} for r in rows[:50]])  # expect: prunes [dj61d]

    @action(methods=["GET"], detail=False)
    def sessions(self, request):
        team = request.user
        date_filter = request.GET.get("date_from")
        if not date_filter:
            date_filter = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
        events = Lead.objects.filter(user=team, created_at__gte=date_filter).order_by("company", "created_at")
        sessions = {}
        for event in events.only("company", "created_at"):  # expect: prunes [dj61e]
            sessions.setdefault(event.company, []).append(event.created_at)
        return Response({"result": [{"distinct_id": k, "length": len(v)} for k, v in sessions.items()]})

    @action(methods=["GET"], detail=False)
    def person(self, request):
        distinct_ids = request.GET.getlist("distinct_id")
        last_event = Lead.objects.filter(user=request.user, company__in=distinct_ids).order_by("-created_at").first()  # expect: scans-all [dj61f]
        return JsonResponse({"last_event": {"event": last_event.status, "timestamp": last_event.created_at} if last_event else {}})

    @action(methods=["GET"], detail=False)
    def for_action(self, request):
        filter = Filter(request=request)
        events = process_entity_for_events({"type": "actions", "id": request.GET["id"]}, request.user.pk, order_by="-created_at")
        events = events.filter(created_at__gte=filter.date_from)
        return Response([e.id for e in events[:100]])  # expect: prunes [dj61z] cross
