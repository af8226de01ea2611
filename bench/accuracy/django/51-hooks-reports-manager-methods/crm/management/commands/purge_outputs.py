from django.core.management.base import BaseCommand
from django.db.models.deletion import ProtectedError
from django.utils import timezone

from crm.models import AgentOutput


class Command(BaseCommand):
    help = "Delete outputs which are not the latest output of their lead"

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Only delete outputs older than this number of days")
        parser.add_argument("--drafts", action="store_true", help="Only delete drafts")
        parser.add_argument("--finals", action="store_true", help="Only delete final outputs")

    def handle(self, *args, **options):
        deleted, protected = purge_outputs(days=options.get("days"), drafts=options.get("drafts"), finals=options.get("finals"))
        self.stdout.write(self.style.SUCCESS(f"Deleted {deleted} outputs ({protected} protected)"))


def purge_outputs(days=None, drafts=True, finals=True):
    if drafts == finals:
        objects = AgentOutput.objects.all()
    elif drafts:
        objects = AgentOutput.objects.drafts()
    else:
        objects = AgentOutput.objects.finals()

    purgeable_outputs = objects.exclude(kind="pinned")
    if days:
        purgeable_until = timezone.now() - timezone.timedelta(days=days)
        purgeable_outputs = purgeable_outputs.filter(created_at__lt=purgeable_until)

    deleted_count = 0
    protected_count = 0
    for output in purgeable_outputs.iterator():  # expect: scans-all [dj51a] cross
        if not output.is_latest_output():
            try:
                output.delete()  # expect: scans-all [dj51c]
                deleted_count += 1
            except ProtectedError:
                protected_count += 1
    return deleted_count, protected_count
