from rest_framework import viewsets

from crm.models import Lead


class WeightEntryViewSet(viewsets.ModelViewSet):
    """
    API endpoint for weight entry objects
    """

    is_private = True
    ordering_fields = "__all__"

    def get_queryset(self):
        """
        Only allow access to appropriate objects
        """
        if getattr(self, "swagger_fake_view", False):
            return Lead.objects.none()
        return Lead.objects.filter(user=self.request.user, status="weight")  # expect: scans-all [dj66w] cross

    def perform_create(self, serializer):
        serializer.save(user=self.request.user, status="weight")
