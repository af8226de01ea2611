from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.timezone import now

from crm.models import ACTIVE_STATES, AgentOutput, Lead


class Command(BaseCommand):
    help = "Remove old jobs and their events from the database."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=90)
        parser.add_argument("--dry-run", action="store_true", default=False)

    def _old_jobs(self):
        return Lead.objects.filter(created_at__lt=self.cutoff).exclude(status__in=ACTIVE_STATES)

    def cleanup_jobs(self):
        total = self._old_jobs().count()  # expect: prunes [dj69u] cross
        if self.dry_run:
            return total, 0
        deleted = 0
        while True:
            pk_list = list(self._old_jobs().values_list("pk", flat=True)[:500])  # expect: prunes [dj69v] cross
            if not pk_list:
                break
            with transaction.atomic():
                AgentOutput.objects.filter(lead_id__in=pk_list).delete()  # expect: scans-all [dj69w]
                Lead.objects.filter(pk__in=pk_list).delete()  # expect: scans-all [dj69x]
            deleted += len(pk_list)
        return total, deleted

    def handle(self, *args, **options):
        self.dry_run = options["dry_run"]
        self.cutoff = now() - timedelta(days=options["days"])
        total, deleted = self.cleanup_jobs()
        self.stdout.write(f"jobs: {deleted} deleted of {total}")
