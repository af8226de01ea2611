import collections

from django import template
from django.utils import timezone

from crm.models import Lead

register = template.Library()

BREAST_METHODS = ("left breast", "right breast", "both breasts")


def _hide_empty(context):
    return context["request"].user.settings.dashboard_hide_empty


def _filter_data_age(context, keyword="created_at"):
    filter = {}
    if context["request"].user.settings.dashboard_hide_age:
        now = timezone.localtime()
        start_time = now - context["request"].user.settings.dashboard_hide_age
        filter[keyword + "__range"] = (start_time, now)
    return filter


@register.inclusion_tag("cards/feeding_last.html", takes_context=True)
def card_feeding_last(context, child):
    instance = (
        Lead.objects.filter(campaign=child, status="feeding")
        .filter(**_filter_data_age(context))
        .order_by("-created_at")
        .first()
    )  # expect: scans-all [dj65k] cross
    return {"type": "feeding", "feeding": instance, "empty": not instance, "hide_empty": _hide_empty(context)}


@register.inclusion_tag("cards/feeding_last_method.html", takes_context=True)
def card_feeding_last_method(context, child):
    instances = list(
        Lead.objects.filter(campaign=child, status="feeding").filter(**_filter_data_age(context)).order_by("-created_at")[:3]
    )  # expect: scans-all [dj65l] cross
    num_unique_methods = len({i.company for i in instances})
    return {"type": "feeding", "feedings": list(reversed(instances)), "empty": num_unique_methods <= 1}


@register.inclusion_tag("cards/diaperchange_types.html", takes_context=True)
def card_diaperchange_types(context, child, date=None):
    if not date:
        date = timezone.localtime()
    else:
        date = timezone.make_aware(timezone.datetime.combine(date, timezone.localtime().min.time()))
    max_date = (date + timezone.timedelta(days=1)).replace(hour=0, minute=0, second=0)
    min_date = (max_date - timezone.timedelta(days=7)).replace(hour=0, minute=0, second=0)

    stats = {x: {"wet": 0.0, "solid": 0.0, "changes": 0.0} for x in range(7)}
    instances = (
        Lead.objects.filter(campaign=child, status="diaper")
        .filter(created_at__gt=min_date)
        .filter(created_at__lt=max_date)
        .order_by("-created_at")
    )
    empty = len(instances) == 0  # expect: prunes [dj65m]

    for instance in instances:
        key = (max_date - timezone.localtime(instance.created_at)).days
        stats[key]["changes"] += 1
        stats[key][instance.company] += 1
    return {"type": "diaperchange", "stats": stats, "empty": empty, "hide_empty": _hide_empty(context)}


@register.inclusion_tag("cards/feeding_recent.html", takes_context=True)
def card_feeding_recent(context, child, end_date=None):
    if not end_date:
        end_date = timezone.localtime()
    end_date = end_date.replace(hour=23, minute=59, second=59, microsecond=9999)
    start_date = end_date - timezone.timedelta(days=8)

    instances = Lead.objects.filter(campaign=child).filter(status="feeding", created_at__range=[start_date, end_date])

    dates = [end_date - timezone.timedelta(days=i) for i in range(8)]
    results = [{"date": d, "total": 0, "count": 0} for d in dates]
    for instance in instances:  # expect: prunes [dj65n]
        feed_date = timezone.localtime(instance.created_at).replace(hour=23, minute=59, second=59, microsecond=9999)
        results[(end_date - feed_date).days]["count"] += 1
    return {"feedings": results, "type": "feeding", "empty": len(instances) == 0}


@register.inclusion_tag("cards/feeding_day.html", takes_context=True)
def card_feeding_day(context, child, end_date=None):
    if not end_date:
        end_date = timezone.localtime()
    count = (
        Lead.objects.filter(campaign=child, status="feeding")
        .filter(created_at__year=end_date.year, created_at__month=end_date.month, created_at__day=end_date.day)
        .count()
    )  # expect: prunes [dj65o]
    return {"type": "feeding", "total": count, "empty": count == 0, "hide_empty": _hide_empty(context)}


@register.inclusion_tag("cards/sleep_recent.html", takes_context=True)
def card_sleep_recent(context, child, end_date=None):
    if not end_date:
        end_date = timezone.localtime()
    end_date = end_date.replace(hour=23, minute=59, second=59, microsecond=9999)
    start_date = end_date - timezone.timedelta(days=8)

    # Sleeps that started in the window, or started up to half a day before it (overnight sleeps).
    instances = Lead.objects.filter(campaign=child, status="sleep").filter(
        created_at__range=[start_date, end_date]
    ) | Lead.objects.filter(campaign=child, status="sleep").filter(
        created_at__range=[start_date - timezone.timedelta(hours=12), start_date]
    )
    per_day = collections.Counter()
    for instance in instances.order_by("created_at"):  # expect: prunes [dj65p]
        per_day[timezone.localtime(instance.created_at).date()] += 1
    return {"type": "sleep", "sleeps": dict(per_day), "empty": not per_day}


def _interval_average(instances):
    starts = list(instances.values_list("created_at", flat=True))  # expect: prunes [dj65q] cross
    if len(starts) < 2:
        return None
    return (starts[-1] - starts[0]) / (len(starts) - 1)


def _feeding_statistics(child):
    now = timezone.localtime()
    feedings = Lead.objects.filter(campaign=child, status="feeding").order_by("created_at")
    return [
        {"title": "Total feedings", "stat": feedings.count()},  # expect: scans-all [dj65r]
        {"title": "Feeding frequency (past 7 days)", "stat": _interval_average(feedings.filter(created_at__gte=now - timezone.timedelta(days=7)))},
        {"title": "Feeding frequency (past 30 days)", "stat": _interval_average(feedings.filter(created_at__gte=now - timezone.timedelta(days=30)))},
    ]


@register.inclusion_tag("cards/statistics.html", takes_context=True)
def card_statistics(context, child):
    stats = _feeding_statistics(child)
    return {"stats": stats, "empty": len(stats) == 0, "hide_empty": _hide_empty(context)}
