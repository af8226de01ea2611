from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from crm.filter import Filter
from crm.models import Campaign, Lead


class ActionViewSet(viewsets.ModelViewSet):
    queryset = Campaign.objects.all()

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.filter(user=self.request.user, archived=False)

    def list(self, request, *args, **kwargs):
        actions = list(self.get_queryset().order_by("-id"))  # expect: prunes [dj61g] cross
        return Response({"results": [{"id": a.id, "name": a.name} for a in actions]})

    def retrieve(self, request, pk=None, *args, **kwargs):
        action = self.get_queryset().get(pk=pk)  # expect: prunes [dj61h] cross
        return Response({"id": action.id, "name": action.name})

    @action(methods=["GET"], detail=True)
    def count(self, request, pk=None):
        action = self.get_object()  # expect: prunes [dj61I] cross
        return Response({"count": Lead.objects.filter_by_action(action).count()})  # expect: scans-all [dj61i] cross

    @action(methods=["GET"], detail=True)
    def people(self, request, pk=None):
        action = self.get_object()  # expect: prunes [dj61J] cross
        filter = Filter(request=request)
        events = Lead.objects.filter_by_action(action).filter(filter.date_filter_Q)
        people = list(events.values_list("company", flat=True).distinct())  # expect: prunes [dj61j] cross
        return Response({"people": people})
