import logging

from crm.models import Lead
from crm.tasks import bulk_update_leads

logger = logging.getLogger("crm.bulk_edit")


def set_status(lead_ids, status):
    qs = Lead.objects.filter(id__in=lead_ids).exclude(status=status)
    affected = list(qs.values_list("pk", flat=True))  # expect: scans-all [dj42f]
    qs.update(status=status)  # expect: scans-all [dj42g]
    bulk_update_leads.delay(lead_ids=affected)
    return "OK"
