from django.http import JsonResponse

from crm.models import AgentOutput, Campaign
from crm.submission.queries import submissions_for_user


class EventViewSet:
    def __init__(self, request):
        self.request = request

    def get_queryset(self):
        return Campaign.objects.filter(user=self.request.user)

    def list(self):
        return JsonResponse({"results": [e.name for e in self.get_queryset().order_by("name")]})  # expect: prunes [dj68u] cross

    def retrieve(self, slug):
        event = self.get_queryset().get(name=slug)  # expect: prunes [dj68v] cross
        return JsonResponse({"slug": event.name, "public": event.archived})


class SubmissionViewSet:
    def __init__(self, request):
        self.request = request

    def get_queryset(self):
        queryset = submissions_for_user(self.request.event, self.request.user).select_related("user")
        if since := self.request.GET.get("since"):
            queryset = queryset.filter(created_at__gte=since)
        return queryset.order_by("pk")

    def list(self):
        return JsonResponse({"results": [s.email for s in self.get_queryset()]})  # expect: scans-all [dj68w] cross


class ReviewViewSet:
    def __init__(self, request):
        self.request = request

    def visible_submissions(self):
        return submissions_for_user(self.request.event, self.request.user)

    def get_queryset(self):
        return (
            AgentOutput.objects.filter(lead__campaign=self.request.event, lead__in=self.visible_submissions(), kind="review")
            .select_related("lead")
            .order_by("pk")
        )

    def list(self):
        return JsonResponse({"results": [r.body for r in self.get_queryset()]})  # expect: scans-all [dj68x] cross

    def recent(self, since, until):
        reviews = AgentOutput.objects.filter(kind="review", created_at__gte=since, created_at__lt=until)
        return JsonResponse({"results": [r.body for r in reviews]})  # expect: prunes [dj68y]
