from crm.models import Lead


def stale_leads(cutoff, status="new"):
    return Lead.objects.filter(status=status, created_at__lt=cutoff)
