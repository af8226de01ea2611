import math

from sqlalchemy.inspection import inspect

NB_RECORDS_PER_PAGE = 100


def get_query_criterions_from_request(request):
    """Request args as {attribute: value} filters."""
    return {key: value for key, value in request.args.items() if key not in ["page", "limit"]}


def apply_criterions_to_db_query(model, db_query, criterions):
    column_names = inspect(model).all_orm_descriptors.keys()
    for key, value in criterions.items():
        if key in column_names:
            db_query = db_query.filter(getattr(model, key) == value)
    return db_query


def get_paginated_results(query, page, limit=None):
    limit = limit or NB_RECORDS_PER_PAGE
    total = query.count()
    offset = (page - 1) * limit
    entries = query.limit(limit).offset(offset).all()
    return {"data": [e.serialize() for e in entries], "total": total, "nb_pages": int(math.ceil(total / float(limit))), "page": page}


def get_cursor_results(model, query, cursor_created_at, limit=None):
    limit = limit or NB_RECORDS_PER_PAGE
    total = query.count()  # expect: scans-all [sa47j] cross
    query = query.filter(model.created_at > cursor_created_at).order_by(model.created_at, model.id).limit(limit)
    return {"data": [e.serialize() for e in query.all()], "total": total, "limit": limit}
