from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from crm.lib import OPEN_STATUSES
from crm.models import Campaign

ESCALATE_DAYS = 3


class Command(BaseCommand):
    help = "Escalate open tickets that have waited longer than their queue allows."

    def handle(self, *args, **options):
        queues = Campaign.objects.filter(archived=False)
        for queue in queues:  # expect: scans-all [dj59C]
            req_last_escl_date = timezone.now() - timedelta(days=ESCALATE_DAYS)
            waiting = (
                queue.leads.filter(status__in=OPEN_STATUSES)
                .exclude(status="on_hold")
                .filter(Q(created_at__lte=req_last_escl_date))
            )
            for ticket in waiting:  # expect: prunes [dj59D]
                ticket.status = "escalated"
                ticket.save(update_fields=["status"])  # expect: scans-all [dj59E]
