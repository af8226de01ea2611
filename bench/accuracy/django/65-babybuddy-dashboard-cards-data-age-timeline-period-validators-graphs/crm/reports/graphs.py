from django.db.models import Count


def feeding_intervals(instances):
    """
    Create a graph showing intervals of feeding instances over time.
    :param instances: a QuerySet of feeding entries.
    """
    totals = instances.annotate(count=Count("id")).order_by("created_at")

    intervals = []
    last_feeding = totals.first()  # expect: scans-all [dj65s] cross
    for feeding in totals[1:]:  # expect: scans-all [dj65t] cross
        interval = feeding.created_at - last_feeding.created_at
        if interval.total_seconds() > 0:
            intervals.append(interval)
        last_feeding = feeding

    x = list(totals.values_list("created_at", flat=True))  # expect: scans-all [dj65u] cross
    return {"x": x, "y": [i.total_seconds() / 3600 for i in intervals]}
