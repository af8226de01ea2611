from datetime import timedelta

from django.contrib import admin
from django.utils import timezone

from crm.models import Lead


@admin.action(description="Mark selected leads as won")
def mark_won(modeladmin, request, queryset):
    queryset.update(status="won")  # expect: prunes [dj38d] cross


@admin.register(Lead)
class LeadAdmin(admin.ModelAdmin):
    list_display = ("id", "company", "email", "status", "created_at")
    list_filter = ("status",)
    actions = [mark_won]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(created_at__gte=timezone.now() - timedelta(days=90))  # expect: prunes [dj38c]
