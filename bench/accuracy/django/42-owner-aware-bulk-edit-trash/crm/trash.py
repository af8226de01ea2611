from crm.models import Lead


def trash_queryset(lead_ids=None, before=None):
    # The trash view empties what the user picked; the periodic task everything past the delay.
    return Lead.objects.filter(status="deleted", id__in=lead_ids) if lead_ids is not None else Lead.objects.filter(status="deleted", created_at__lt=before)
