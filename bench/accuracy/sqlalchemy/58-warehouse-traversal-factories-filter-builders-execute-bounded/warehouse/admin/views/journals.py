import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from warehouse.admin.views.helpers import HTTPBadRequest, estimate_row_count, execute_bounded
from warehouse.models import JournalEntry

_DEFAULT_PAGE_SIZE = 25
_MAX_PAGE_SIZE = 100
_STATEMENT_TIMEOUT_MS = 10_000


def _submitted_on_or_before(value):
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise HTTPBadRequest("'submitted_date' filter must be an ISO date.") from None
    if len(value) == 10:
        return JournalEntry.created_at < parsed + timedelta(days=1)
    return JournalEntry.created_at <= parsed


_FILTER_BUILDERS = {
    "name": lambda v: JournalEntry.body == v,
    "action": lambda v: JournalEntry.kind.startswith(v, autoescape=True),
    "submitted_date": _submitted_on_or_before,
}


@dataclass(frozen=True)
class _TabulatorParams:
    page: int
    size: int
    sort_dir: str
    filters: dict = field(default_factory=dict)

    @property
    def offset(self):
        return (self.page - 1) * self.size


def _parse_tabulator_params(params):
    page = max(1, int(params.get("page", "1")))
    size = min(max(1, int(params.get("size", str(_DEFAULT_PAGE_SIZE)))), _MAX_PAGE_SIZE)
    sort_dir = params.get("sort[0][dir]", "desc")
    filters = {}
    i = 0
    while (name := params.get(f"filter[{i}][field]")) is not None:
        value = (params.get(f"filter[{i}][value]") or "").strip()
        if value and name in _FILTER_BUILDERS:
            filters[name] = value
        i += 1
    return _TabulatorParams(page=page, size=size, sort_dir=sort_dir, filters=filters)


def _build_order_by(params):
    if "name" in params.filters:
        return (JournalEntry.id.desc() if params.sort_dir == "desc" else JournalEntry.id.asc(),)
    if params.sort_dir == "desc":
        return (JournalEntry.created_at.desc(), JournalEntry.id.desc())
    return (JournalEntry.created_at.asc(), JournalEntry.id.asc())


def _build_journals_query(params):
    conditions = [_FILTER_BUILDERS[name](value) for name, value in params.filters.items()]
    return (
        select(JournalEntry.id, JournalEntry.body, JournalEntry.kind, JournalEntry.created_at)
        .where(*conditions)
        .order_by(*_build_order_by(params))
        .limit(params.size + 1)
        .offset(params.offset)
    )


def journals_data(request):
    params = _parse_tabulator_params(request.params)
    rows = execute_bounded(request, _build_journals_query(params), timeout_ms=_STATEMENT_TIMEOUT_MS)  # expect: scans-all [sa58c] cross
    has_more = len(rows) > params.size
    total_estimate = estimate_row_count(request, [JournalEntry.__tablename__])
    return {
        "last_page": math.ceil(total_estimate / params.size) if has_more else params.page,
        "data": [{"id": r.id, "name": r.body, "action": r.kind, "submitted_date": r.created_at.isoformat()} for r in rows[: params.size]],
    }


def journals_of_day(request):
    # The day link of the dashboard: the journal up to the end of that day, newest first.
    day = request.matchdict["day"]
    params = _TabulatorParams(page=1, size=_DEFAULT_PAGE_SIZE, sort_dir="desc", filters={"submitted_date": day})
    rows = execute_bounded(request, _build_journals_query(params), timeout_ms=_STATEMENT_TIMEOUT_MS)  # expect: prunes [sa58d] cross
    return {"day": day, "data": [r.id for r in rows]}
