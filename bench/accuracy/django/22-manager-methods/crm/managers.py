from datetime import timedelta

from django.db import models
from django.utils import timezone


class LeadManager(models.Manager):
    def for_company(self, company):
        return self.filter(company=company)

    def recent(self, days=7):
        return self.get_queryset().filter(created_at__gte=timezone.now() - timedelta(days=days))
