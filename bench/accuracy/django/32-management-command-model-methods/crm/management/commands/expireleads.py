from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils.timezone import now

from crm.selectors import stale_leads


class Command(BaseCommand):
    help = "Expire leads nobody touched and drop their drafts."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=90)

    def handle(self, *args, **options):
        cutoff = now() - timedelta(days=options["days"])
        n = stale_leads(cutoff).update(status="expired")  # expect: prunes [dj32a] cross
        self.stdout.write(f"Expired {n} leads")
        for lead in stale_leads(cutoff, status="expired").iterator(chunk_size=500):  # expect: prunes [dj32b] cross
            lead.outputs.filter(kind="draft").delete()  # expect: scans-all [dj32c]
