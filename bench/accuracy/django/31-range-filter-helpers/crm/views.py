from datetime import date

from django.http import JsonResponse
from django.utils.dateparse import parse_date, parse_datetime

from crm.graphql.filters import filter_created_at, filter_created_range, filter_search
from crm.models import Lead


def leads_of_day(request):
    day = parse_date(request.GET["day"]) or date.today()
    qs = filter_created_range(Lead.objects.filter(user=request.user), None, {"gte": day, "lte": day})
    return JsonResponse({"leads": list(qs.values("id", "email"))})  # expect: scans-all [dj31a] cross


def leads_between(request):
    window = {"gte": parse_datetime(request.GET["from"]), "lte": parse_datetime(request.GET["to"])}
    qs = filter_created_at(Lead.objects.filter(user=request.user), None, window)
    return JsonResponse({"leads": list(qs.values("id", "email"))})  # expect: prunes [dj31b] cross


def search_count(request):
    qs = filter_search(Lead.objects.all(), None, request.GET.get("q", ""))
    return JsonResponse({"count": qs.count()})  # expect: scans-all [dj31c] cross


def leads_of_year(request, year):
    n = Lead.objects.filter(user=request.user, created_at__year=year).count()  # expect: prunes [dj31d]
    return JsonResponse({"count": n})


def leads_of_march(request):
    n = Lead.objects.filter(user=request.user, created_at__month=3).count()  # expect: scans-all [dj31e]
    return JsonResponse({"count": n})
