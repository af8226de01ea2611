import csv
import sys
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from crm.data_manager.prepare_params import FilterItem, Filters, PrepareParams
from crm.models import Lead


class Command(BaseCommand):
    help = "Export the leads of a campaign created in the last N days (CSV on stdout)."

    def add_arguments(self, parser):
        parser.add_argument("campaign", type=int)
        parser.add_argument("--days", type=int, default=7)

    def handle(self, *args, **options):
        since = timezone.now() - timedelta(days=options["days"])
        params = PrepareParams(
            campaign=options["campaign"],
            filters=Filters(conjunction="and", items=[FilterItem(filter="filter:leads:created_at", operator="greater", value=since)]),
        )
        writer = csv.writer(sys.stdout)
        for lead in Lead.prepared.only_filtered(prepare_params=params).iterator():  # expect: prunes [dj46j] cross
            writer.writerow([lead.id, lead.company, lead.email, lead.created_at.isoformat()])
