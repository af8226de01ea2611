from datetime import timedelta

from django.db import models
from django.utils import timezone


class LeadQuerySet(models.QuerySet):
    def recent(self, days=30):
        return self.filter(created_at__gte=timezone.now() - timedelta(days=days))

    def for_company(self, company):
        return self.filter(company=company)

    def won(self):
        return self.filter(status="won")
