import csv

from .filters import in_month, with_status
from .models import Lead


def export_month(out, year, month):
    writer = csv.writer(out)
    for lead in in_month(Lead.objects.filter(status="won"), year, month):  # expect: prunes [dj07a] cross
        writer.writerow([lead.id, lead.email])


def export_status(out, status):
    writer = csv.writer(out)
    for lead in with_status(Lead.objects.all(), status):  # expect: scans-all [dj07b] cross
        writer.writerow([lead.id, lead.email])


def won_acme_in_month(year, month):
    return list(with_status(in_month(Lead.objects.filter(company="Acme"), year, month), "won"))  # expect: prunes [dj07c] cross
