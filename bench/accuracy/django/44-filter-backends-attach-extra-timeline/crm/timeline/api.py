from django.db.models import Q
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from crm.base.api import ReadOnlyListViewSet
from crm.models import Lead
from crm.timeline import service
from crm.timeline.serializers import TimelineSerializer


class TimelinePagination(PageNumberPagination):
    page_size = 30


class TimelineViewSet(ReadOnlyListViewSet):
    serializer_class = TimelineSerializer
    pagination_class = TimelinePagination
    queryset = Lead.objects.all()

    def response_for_queryset(self, queryset):
        page = self.paginate_queryset(queryset)  # expect: scans-all [dj44g] cross
        if page is not None:
            return self.get_paginated_response(self.get_serializer(page, many=True).data)
        return Response(self.get_serializer(queryset, many=True).data)  # expect-also: [dj44g]

    def get_timeline(self, obj):
        raise NotImplementedError

    def retrieve(self, request, pk):
        obj = self.get_object()  # expect: scans-all [dj44f] cross
        qs = self.get_timeline(obj)
        if request.GET.get("only_relevant") is not None:
            qs = qs.exclude(Q(kind="draft") | Q(body=""))
        return self.response_for_queryset(qs)


class LeadTimeline(TimelineViewSet):
    def get_timeline(self, lead):
        return service.get_lead_timeline(lead, accessing_user=self.request.user)
