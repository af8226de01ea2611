from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.dateparse import parse_datetime

from crm.models import Campaign, Lead


def findings_for_report(product, start, end):
    return Lead.objects.filter(campaign=product, created_at__range=(start, end)).exclude(status="duplicate")


def product_report(request, pid):
    product = get_object_or_404(Campaign, pk=pid, user=request.user)  # expect: prunes [dj70aa]
    start, end = parse_datetime(request.GET["start"]), parse_datetime(request.GET["end"])
    findings = findings_for_report(product, start, end).order_by("status", "id")
    return JsonResponse({"product": product.name, "findings": [f.company for f in findings]})  # expect: prunes [dj70x] cross
