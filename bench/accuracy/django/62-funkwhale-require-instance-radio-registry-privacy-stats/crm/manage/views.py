from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from crm.models import Lead


class ManageUploadViewSet(viewsets.GenericViewSet):
    @action(methods=["POST"], detail=False)
    def action_delete(self, request):
        deleted, _ = Lead.objects.filter(pk__in=request.data["objects"]).delete()  # expect: scans-all [dj62y]
        return Response({"deleted": deleted})
