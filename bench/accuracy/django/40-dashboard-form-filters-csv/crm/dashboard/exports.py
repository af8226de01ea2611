import csv

from django.http import HttpResponse


def download_selected_leads(request, leads):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = "attachment; filename=leads.csv"
    writer = csv.writer(response)
    writer.writerow(["id", "company", "email", "status", "created_at"])
    for lead in leads.iterator():  # expect: scans-all [dj40c] cross
        writer.writerow([lead.id, lead.company, lead.email, lead.status, lead.created_at.isoformat()])
    return response
