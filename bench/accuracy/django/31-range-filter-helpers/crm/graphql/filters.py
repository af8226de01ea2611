from django.db.models import Q


def filter_range_field(qs, field, value):
    gte, lte = value.get("gte"), value.get("lte")
    if gte is not None:
        qs = qs.filter(**{f"{field}__gte": gte})
    if lte is not None:
        qs = qs.filter(**{f"{field}__lte": lte})
    return qs


def filter_created_range(qs, _, value):
    return filter_range_field(qs, "created_at__date", value)


def filter_created_at(qs, _, value):
    return filter_range_field(qs, "created_at", value)


def filter_search(qs, _, value):
    if value:
        qs = qs.filter(Q(company__icontains=value) | Q(email__icontains=value))
    return qs
