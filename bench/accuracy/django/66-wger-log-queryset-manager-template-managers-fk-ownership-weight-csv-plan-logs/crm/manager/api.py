from django.db.models import Count
from rest_framework.decorators import action
from rest_framework.response import Response

from crm.manager.helpers import recent_reps
from crm.models import AgentOutput, Campaign, Lead
from crm.utils.viewsets import WgerOwnerObjectModelViewSet


class WorkoutLogViewSet(WgerOwnerObjectModelViewSet):
    """
    API endpoint for workout log objects
    """

    ordering_fields = "__all__"

    def get_queryset(self):
        """
        Only allow access to appropriate objects
        """
        if getattr(self, "swagger_fake_view", False):
            return AgentOutput.objects.none()
        return AgentOutput.objects.filter(lead__user=self.request.user)  # expect: scans-all [dj66d] cross

    def get_owner_objects(self):
        return [(Lead, "session"), (Campaign, "routine")]

    @action(detail=False)
    def popular(self, request):
        rows = list(recent_reps().values("body").annotate(n=Count("id")).order_by("-n")[:10])  # expect: prunes [dj66e] cross
        return Response(rows)
