from datetime import timedelta

from django.utils import timezone

from .models import Lead


class LeadService:
    @classmethod
    def for_user(cls, user_id):
        return Lead.objects.filter(user_id=user_id).order_by("-id")

    @classmethod
    def recent_for_user(cls, user_id, days=7):
        return cls.for_user(user_id).filter(created_at__gte=timezone.now() - timedelta(days=days))
