"""
All of the database helpers the services use to talk to the datastore.
"""
from inflection import underscore
from sqlalchemy import distinct, func
from sqlalchemy.orm import lazyload
from sqlalchemy.sql import and_

from app.extensions import db


class AttrNotFound(Exception):
    pass


def filter_none(kwargs):
    """Remove all falsy values from a dict: SQLAlchemy should not see them."""
    n_kwargs = {}
    for k, v in kwargs.items():
        if v:
            n_kwargs[k] = v
    return n_kwargs


def session_query(model):
    """A query for the model: its query property when it has one, else one on the session."""
    return model.query if hasattr(model, "query") else db.session.query(model)


def get_model_column(model, field):
    if field in getattr(model, "sensitive_fields", ()):
        raise AttrNotFound(field)
    column = model.__table__.columns.get(field, None)
    if column is None:
        raise AttrNotFound(field)
    return column


def find_all(query, model, kwargs):
    """All kwargs must match (comma-separated values are alternatives)."""
    conditions = []
    kwargs = filter_none(kwargs)
    for attr, value in kwargs.items():
        if not isinstance(value, list):
            value = value.split(",")
        conditions.append(get_model_column(model, attr).in_(value))
    return query.filter(and_(*conditions))


def get(model, value, field="id"):
    query = session_query(model)
    return query.filter(get_model_column(model, field) == value).scalar()


def get_all(model, value, field="id"):
    query = session_query(model)
    return query.filter(get_model_column(model, field) == value)


def commit():
    db.session.commit()


def delete(model):
    if model:
        db.session.delete(model)
        db.session.commit()


def sort(query, model, field, direction):
    column = get_model_column(model, underscore(field))
    return query.order_by(column.desc() if direction == "desc" else column.asc())


def get_count(q):
    """Count the rows of a query without loading them."""
    count_q = q.options(lazyload("*")).statement.with_only_columns(func.count()).order_by(None)
    return q.session.execute(count_q).scalar()


def sort_and_page(query, model, args):
    """Sorting and paging together: paging is not stable without a sort."""
    sort_by = args.pop("sort_by")
    sort_dir = args.pop("sort_dir")
    page = args.pop("page")
    count = args.pop("count")
    if args.get("user"):
        args.pop("user")
    query = find_all(query, model, args)
    if sort_by and sort_dir:
        query = sort(query, model, sort_by, sort_dir)
    total = get_count(query)
    page -= 1
    items = query.offset(count * page).limit(count).all()
    return dict(items=items, total=total)


__all__ = ["distinct"]
