from .models import Lead


def mark_won(pk, created_at):
    lead = Lead.objects.get(pk=pk, created_at=created_at)  # expect: prunes [dj15a]
    lead.status = "won"
    lead.save(update_fields=["status"])  # expect: scans-all [dj15b]
    return lead


def remove(pk, created_at):
    Lead.objects.filter(pk=pk, created_at=created_at).delete()  # expect: prunes [dj15c]


def bulk_won(ids, start, end):
    return Lead.objects.filter(pk__in=ids, created_at__range=(start, end)).update(status="won")  # expect: prunes [dj15d]
