import re
from datetime import datetime

from app.store.dbmodels import SqlLead

_CLAUSE = re.compile(r"^\s*(\w+)\s*(=|!=|>=|<=|>|<|LIKE)\s*'([^']*)'\s*$", re.IGNORECASE)
SEARCHABLE = {"status", "company", "email", "created_at"}


def parse_search_filter(filter_string):
    """'status = ''won'' AND created_at >= ''2026-01-01''' -> [{"key", "comparator", "value"}]."""
    if not filter_string:
        return []
    parsed = []
    for clause in re.split(r"\s+AND\s+", filter_string, flags=re.IGNORECASE):
        m = _CLAUSE.match(clause)
        if not m or m.group(1) not in SEARCHABLE:
            raise ValueError(f"Invalid clause '{clause}'")
        parsed.append({"key": m.group(1), "comparator": m.group(2).upper(), "value": m.group(3)})
    return parsed


def _comparison(column, comparator, value):
    if comparator == "=":
        return column == value
    if comparator == "!=":
        return column != value
    if comparator == ">":
        return column > value
    if comparator == ">=":
        return column >= value
    if comparator == "<":
        return column < value
    if comparator == "<=":
        return column <= value
    return column.like(value)


def get_attributes_filtering_clauses(parsed):
    clauses = []
    for sql_statement in parsed:
        key = sql_statement["key"]
        value = sql_statement["value"]
        if key == "created_at":
            value = datetime.fromisoformat(value)
        clauses.append(_comparison(getattr(SqlLead, key), sql_statement["comparator"], value))
    return clauses


def get_orderby_clauses(order_by_list):
    clauses = []
    for order_by in order_by_list or ["created_at DESC"]:
        key, _, direction = order_by.partition(" ")
        column = getattr(SqlLead, key)
        clauses.append(column.desc() if direction.upper() == "DESC" else column.asc())
    clauses.append(SqlLead.id.asc())
    return clauses
