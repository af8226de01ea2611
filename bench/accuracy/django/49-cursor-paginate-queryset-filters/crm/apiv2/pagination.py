from dataclasses import dataclass
from typing import Any, List, Optional

from rest_framework.exceptions import ValidationError


@dataclass
class PaginationResult:
    items: List[Any]
    has_next: bool
    first_cursor: Optional[Any]
    last_cursor: Optional[Any]


def get_query_value(request, name, default=None):
    value = request.GET[name] if name in request.GET else default
    if value is None:
        return value
    try:
        value = int(value)
    except (TypeError, ValueError):
        raise ValidationError({name: "must be a positive integer"})
    return value


def paginate_queryset(request, queryset, order_by, max_limit):
    """Keyset pagination on `order_by` (an id column): `?after=` / `?limit=`."""
    after = get_query_value(request, "after")
    limit = get_query_value(request, "limit") or max_limit
    queryset = queryset.order_by(order_by)
    col_name = order_by.lstrip("-")
    if after:
        lookup = f"{col_name}__lt" if order_by.startswith("-") else f"{col_name}__gt"
        queryset = queryset.filter(**{lookup: after})
    items = list(queryset[: limit + 1])
    has_next = len(items) > limit
    items = items[:limit]
    return PaginationResult(
        items=items,
        has_next=has_next,
        first_cursor=getattr(items[0], col_name) if items else None,
        last_cursor=getattr(items[-1], col_name) if items else None,
    )
