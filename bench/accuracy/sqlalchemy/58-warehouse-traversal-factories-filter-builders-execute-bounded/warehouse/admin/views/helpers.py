from sqlalchemy import func, select, text

ALLOWED_DAYS = (30, 60, 90)
DEFAULT_DAYS = 30


class HTTPBadRequest(Exception):
    pass


class QueryCanceled(Exception):
    pass


def parse_days_param(request, allowed=ALLOWED_DAYS):
    try:
        days = int(request.params.get("days", DEFAULT_DAYS))
        return days if days in allowed else DEFAULT_DAYS
    except (ValueError, TypeError):
        return DEFAULT_DAYS


def estimate_row_count(request, table_names):
    result = request.db.execute(
        text("SELECT COALESCE(SUM(GREATEST(reltuples, 0))::bigint, 0) FROM pg_class WHERE relname = ANY(:names) AND relkind = 'r'"),
        {"names": list(table_names)},
    ).scalar()
    return int(result)


def execute_bounded(request, stmt, *, timeout_ms):
    """Run a query under a statement timeout, turning timeouts into a 400."""
    try:
        request.db.execute(select(func.set_config("statement_timeout", str(timeout_ms), True)))
        return request.db.execute(stmt).all()
    except QueryCanceled:
        raise HTTPBadRequest("Query took too long; narrow your filters and try again.") from None
