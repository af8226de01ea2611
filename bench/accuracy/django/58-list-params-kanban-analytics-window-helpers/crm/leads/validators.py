from datetime import datetime

from django.utils import timezone


def date_param(params, name):
    """A YYYY-MM-DD query parameter as an aware datetime, or None when absent or blank."""
    value = params.get(name)
    if not value:
        return None
    return timezone.make_aware(datetime.strptime(value, "%Y-%m-%d"))


def choice_list_param(params, name, allowed):
    return [v for v in params.getlist(name) if v in allowed]
