import sqlalchemy


def build_model_filters(model, query, field, extra_columns=None):
    """The clauses of the admin search box: `field` is a column of `model` or one of `extra_columns`."""
    if extra_columns is None:
        extra_columns = {}
    filters = []
    if query:
        if model.__mapper__.has_property(field):
            column = getattr(model, field)
        elif field in extra_columns:
            column = extra_columns[field]
        else:
            return filters
        if type(column.type) == sqlalchemy.sql.sqltypes.BigInteger:
            filters.append(column.op("=")(query))
        else:
            filters.append(column.like(f"%{query}%"))
    return filters
