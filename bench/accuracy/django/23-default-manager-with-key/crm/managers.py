from datetime import timedelta

from django.db import models
from django.utils import timezone


class LastQuarterManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(created_at__gte=timezone.now() - timedelta(days=90))
