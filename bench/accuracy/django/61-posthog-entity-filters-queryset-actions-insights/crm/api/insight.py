from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from crm.filter import Filter
from crm.models import AgentOutput, Lead
from crm.queries.funnel import Funnel
from crm.queries.retention import Retention
from crm.queries.trends import Trends
from crm.utils import week_ago


class InsightViewSet(viewsets.GenericViewSet):
    @action(methods=["GET"], detail=False)
    def trend(self, request):
        return Response(Trends().run(Filter(request=request), request.user))

    @action(methods=["GET"], detail=False)
    def retention(self, request):
        return Response(Retention().run(Filter(request=request), request.user))

    @action(methods=["GET"], detail=False)
    def funnel(self, request):
        return Response(Funnel(Filter(request=request), request.user).run())

    @action(methods=["GET"], detail=False)
    def event_count(self, request):
        filter = Filter(request=request)
        count = Lead.objects.filter_by_event(request.user.pk, request.GET["event"]).filter(filter.date_filter_Q).count()  # expect: prunes [dj61y] cross
        return Response({"count": count})


class ElementViewSet(viewsets.GenericViewSet):
    def _elements_for(self, team, filter):
        return AgentOutput.objects.filter(lead__user=team, lead__created_at__gte=filter.date_from)

    @action(methods=["GET"], detail=False)
    def stats(self, request):
        elements = self._elements_for(request.user, Filter(request=request))
        rows = elements.values("kind", "body").order_by("kind")
        return Response([{"tag_name": r["kind"], "text": r["body"]} for r in rows])  # expect: scans-all [dj61t] cross

    @action(methods=["GET"], detail=False)
    def values(self, request):
        rows = AgentOutput.objects.filter(lead__user=request.user, kind=request.GET.get("key"), created_at__gte=week_ago()).values("body").distinct()
        return Response([{"name": r["body"]} for r in rows[:50]])  # expect: scans-all [dj61u]
