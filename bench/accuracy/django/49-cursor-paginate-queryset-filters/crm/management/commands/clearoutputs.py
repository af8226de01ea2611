from django.core.management.base import BaseCommand

from crm.conf import settings
from crm.models import AgentOutput
from crm.readtracker.readtime import get_default_read_time


class Command(BaseCommand):
    help = "Deletes the drafts older than the read-tracker cut-off"

    def handle(self, *args, **options):
        default_read_time = get_default_read_time(settings)
        deleted, _ = AgentOutput.objects.filter(created_at__lte=default_read_time, kind="draft").delete()  # expect: prunes [dj49k]
        self.stdout.write(f"Expired drafts deleted: {deleted}")
        self.stdout.write(f"Remaining: {AgentOutput.objects.count()}")  # expect: scans-all [dj49l]
