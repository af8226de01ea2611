import os

USE_ROW_LEVEL_LOCKING = os.environ.get("USE_ROW_LEVEL_LOCKING", "1") == "1"


def with_row_locks(query, session, **kwargs):
    """Applies SELECT ... FOR UPDATE when the database supports it."""
    if USE_ROW_LEVEL_LOCKING and session.bind.dialect.name != "sqlite":
        return query.with_for_update(**kwargs)
    return query
