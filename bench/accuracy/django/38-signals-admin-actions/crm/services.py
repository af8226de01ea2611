from crm.models import Lead


def mark_contacted(lead_id, before=None):
    qs = Lead.objects.filter(pk=lead_id, status="new")
    if before is not None:
        qs = qs.filter(created_at__lte=before)
    return qs.update(status="contacted")  # expect-also: [dj38a]
