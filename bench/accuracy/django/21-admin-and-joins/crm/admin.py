from datetime import timedelta

from django.contrib import admin
from django.utils import timezone

from .models import Lead


@admin.register(Lead)
class LeadAdmin(admin.ModelAdmin):
    list_display = ["id", "company", "status", "created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(created_at__gte=timezone.now() - timedelta(days=90))  # expect: prunes [dj21c]
