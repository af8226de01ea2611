from datetime import timedelta

from django.db.models import Count
from django.utils import timezone
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from crm.common.utils import in_month
from crm.models import Campaign, Lead

RECENT_DAYS = 30


class LibraryViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    queryset = Campaign.objects.all()

    def get_queryset(self):
        qs = super().get_queryset()
        return qs.filter(user=self.request.user).annotate(_uploads_count=Count("leads"))

    def list(self, request, *args, **kwargs):
        libraries = list(self.get_queryset().order_by("-id"))  # expect: scans-all [dj62d] cross
        return Response([{"id": l.id, "uploads_count": l._uploads_count} for l in libraries])

    def retrieve(self, request, pk=None):
        library = self.get_queryset().get(pk=pk)  # expect: scans-all [dj62e] cross
        return Response({"id": library.id, "uploads_count": library._uploads_count})

    def destroy(self, request, pk=None):
        library = self.get_object()  # expect: scans-all [dj62g] cross
        self.perform_destroy(library)
        return Response(status=204)

    @action(methods=["GET"], detail=True)
    def uploads(self, request, pk=None):
        library = Campaign.objects.get(pk=pk, user=request.user)  # expect: prunes [dj62E]
        uploads = in_month(library.leads.all(), int(request.GET["year"]), int(request.GET["month"]))
        return Response([u.id for u in uploads.order_by("-created_at")])  # expect: prunes [dj62F] cross

    def perform_destroy(self, instance):
        instance.delete()  # expect: scans-all [dj62f]


class UploadViewSet(viewsets.GenericViewSet):
    queryset = Lead.objects.all()

    def get_queryset(self):
        qs = super().get_queryset().filter(campaign__user=self.request.user).order_by("-created_at")
        import_status = self.request.GET.get("import_status")
        if import_status:
            qs = qs.filter(status=import_status)
        return qs

    def list(self, request):
        uploads = list(self.get_queryset()[:50])  # expect: scans-all [dj62h] cross
        return Response([u.id for u in uploads])

    def retrieve(self, request, pk=None):
        upload = self.get_queryset().get(pk=pk)  # expect: scans-all [dj62i] cross
        return Response({"id": upload.id, "import_status": upload.status})

    @action(methods=["GET"], detail=False)
    def recently_added(self, request):
        qs = self.get_queryset().filter(created_at__gte=timezone.now() - timedelta(days=RECENT_DAYS))
        return Response([u.id for u in qs[:25]])  # expect: prunes [dj62j] cross
