import re
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone


def relative_date_parse(value):
    match = re.match(r"^-(\d+)([dwm])$", value)
    if not match:
        return timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    days = int(match.group(1)) * {"d": 1, "w": 7, "m": 30}[match.group(2)]
    return timezone.now() - timedelta(days=days)


def week_ago():
    return timezone.now() - timedelta(days=7)


def properties_to_Q(properties):
    filters = Q()
    for key, value in properties.items():
        if key == "$ip":
            filters &= Q(email=value)
        elif key == "distinct_id":
            filters &= Q(company=value)
    return filters
