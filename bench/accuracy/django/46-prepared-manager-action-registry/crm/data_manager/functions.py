from functools import reduce

from django.db.models import Q

from crm.data_manager.prepare_params import FilterItem, Filters, PrepareParams

OPERATORS = {"equal": "", "not_equal": "", "greater": "__gt", "less": "__lt", "contains": "__icontains"}


class DataManagerException(Exception):
    pass


def apply_filters(queryset, filters):
    if not filters or not filters.items:
        return queryset
    filter_expressions = []
    for item in filters.items:
        field_name = item.filter.replace("filter:leads:", "")
        if item.operator not in OPERATORS:
            raise DataManagerException(f"Unknown operator {item.operator}")
        expression = Q(**{field_name + OPERATORS[item.operator]: item.value})
        filter_expressions.append(~expression if item.operator == "not_equal" else expression)
    if filters.conjunction == "or":
        return queryset.filter(reduce(lambda a, b: a | b, filter_expressions))
    return queryset.filter(reduce(lambda a, b: a & b, filter_expressions))


def get_prepare_params(request, campaign):
    data = request.data if request.method == "POST" else request.query_params
    raw = data.get("filters") or {}
    filters = Filters(
        conjunction=raw.get("conjunction", "and"),
        items=[FilterItem(**i) for i in raw.get("items", [])],
    )
    selected = data.get("selectedItems") or None
    return PrepareParams(campaign=campaign.id, filters=filters, selected_items=selected)


def get_prepared_queryset(request, campaign):
    from crm.models import Lead

    prepare_params = get_prepare_params(request, campaign)
    return Lead.prepared.only_filtered(prepare_params=prepare_params)
