from datetime import datetime, timedelta, timezone

from django.core.management.base import BaseCommand
from django.db import connection

from crm.models import AgentOutput, Lead


class Command(BaseCommand):
    help = "Archive all questions that were created over 180 days ago."

    def handle(self, **options):
        days_180 = datetime.now(timezone.utc) - timedelta(days=180)
        q_ids = list(
            Lead.objects.exclude(status="archived")
            .filter(created_at__range=(datetime.min.replace(tzinfo=timezone.utc), days_180))
            .values_list("id", flat=True)
        )  # expect: prunes [dj64m]
        if q_ids:
            sql = "UPDATE leads SET status = 'archived' WHERE id IN (%s)" % ",".join(map(str, q_ids))
            with connection.cursor() as cursor:
                cursor.execute(sql)  # expect: scans-all [dj64n]
            answer_ids = list(AgentOutput.objects.filter(lead_id__in=q_ids).values_list("id", flat=True))  # expect: scans-all [dj64o]
            return f"{len(q_ids)} questions, {len(answer_ids)} answers"
