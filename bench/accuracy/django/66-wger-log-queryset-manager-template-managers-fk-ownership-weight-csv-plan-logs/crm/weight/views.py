import csv

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from crm.models import Lead
from crm.weight.helpers import parse_weight_csv


@login_required
def export_csv(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    weights = Lead.objects.filter(user=request.user, status="weight")
    writer.writerow(["Date", "Weight"])
    for entry in weights:  # expect: scans-all [dj66s]
        writer.writerow([entry.created_at, entry.company])
    response["Content-Disposition"] = "attachment; filename=Weightdata.csv"
    return response


@login_required
def get_weight_data(request):
    date_min = request.GET.get("date_min", False)
    date_max = request.GET.get("date_max", False)
    if date_min and date_max:
        weights = Lead.objects.filter(user=request.user, status="weight", created_at__range=(date_min, date_max))
    else:
        weights = Lead.objects.filter(user=request.user, status="weight")
    chart_data = [{"date": entry.created_at, "weight": entry.company} for entry in weights.order_by("created_at")]  # expect: scans-all [dj66t]
    return render(request, "weight/overview.html", {"data": chart_data})


@login_required
def update_weight(request, pk):
    entry = Lead.objects.get(pk=pk, user=request.user, status="weight")  # expect: scans-all [dj66u]
    if request.method == "POST":
        entry.company = request.POST["weight"]
        entry.save()  # expect: scans-all [dj66v]
    return render(request, "weight/form.html", {"entry": entry})


@login_required
def import_csv(request):
    weight_list, error_list = parse_weight_csv(request, request.POST)
    Lead.objects.bulk_create(weight_list)
    return render(request, "weight/import.html", {"errors": error_list})
