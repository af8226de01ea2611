import re
from datetime import timedelta

from django.utils import timezone

relative = re.compile(r"\d+_(weeks|months)$")


def date_filter(lead_filter, date_term, queries):
    # "2_weeks;after" is relative to today, "2026-03-01;before" is a plain date.
    for query in queries:
        parts = query.split(";")
        if len(parts) < 2:
            continue
        if relative.match(parts[0]):
            amount, term = parts[0].split("_")
            days = int(amount) * (7 if term == "weeks" else 30)
            bound = timezone.now() - timedelta(days=days)
        else:
            bound = parts[0]
        if parts[1] == "after":
            lead_filter[f"{date_term}__gte"] = bound
        else:
            lead_filter[f"{date_term}__lte"] = bound


def filter_status(params, lead_filter, method, prefix=""):
    if method == "GET":
        statuses = [s for s in params.get("status").split(",") if s and s != "null"]
        if statuses:
            lead_filter[f"{prefix}status__in"] = statuses
    elif params.get("status"):
        lead_filter[f"{prefix}status__in"] = params.get("status")
    return lead_filter


def filter_campaign(params, lead_filter, method, prefix=""):
    if method == "GET":
        campaigns = [c for c in params.get("campaign").split(",") if c.isdigit()]
        if campaigns:
            lead_filter[f"{prefix}campaign_id__in"] = campaigns
    elif params.get("campaign"):
        lead_filter[f"{prefix}campaign_id__in"] = params.get("campaign")
    return lead_filter


def filter_created_at(params, lead_filter, method, prefix=""):
    if method == "GET":
        created = [c for c in params.get("created_at").split(",") if c and c != "null"]
        date_filter(lead_filter, f"{prefix}created_at", created)
    elif params.get("created_at"):
        date_filter(lead_filter, f"{prefix}created_at", params.get("created_at"))
    return lead_filter


def lead_filters(query_params, method, prefix=""):
    lead_filter = {}
    LEAD_FILTER = {
        "status": filter_status,
        "campaign": filter_campaign,
        "created_at": filter_created_at,
    }
    for key, func in LEAD_FILTER.items():
        if key in query_params:
            func(query_params, lead_filter, method, prefix)
    return lead_filter
