import csv
import io
from datetime import timedelta

from django.utils import timezone

from crm.jobs.base import Job
from crm.leads.filters import LeadFilterSet
from crm.models import Lead


class ExportWonLeads(Job):
    class Meta:
        name = "Export won leads"

    def run(self, *, since_days=30, status="won"):
        queryset = Lead.objects.filter(created_at__gte=timezone.now() - timedelta(days=since_days))
        filterset = LeadFilterSet({"status": status}, queryset=queryset)
        out = io.StringIO()
        writer = csv.writer(out)
        for lead in filterset.qs.iterator():  # expect: prunes [dj50d] cross
            writer.writerow([lead.id, lead.company, lead.email])
        return out.getvalue()


class ArchiveCampaignLeads(Job):
    class Meta:
        name = "Archive the old leads of a campaign"

    def run(self, *, campaign, older_than_days=180):
        cutoff = timezone.now() - timedelta(days=older_than_days)
        updated = Lead.objects.filter(campaign=campaign).filter(created_at__lt=cutoff).exclude(status="won").update(status="archived")  # expect: prunes [dj50k]
        self.logger.info("Archived %d leads of %s", updated, campaign)
        return updated
