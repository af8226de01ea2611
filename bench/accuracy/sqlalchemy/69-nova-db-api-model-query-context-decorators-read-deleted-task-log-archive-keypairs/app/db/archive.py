"""nova-manage db archive_deleted_rows: move soft-deleted rows out, oldest first."""
from sqlalchemy import delete, select

from app.models import Base


def _archive_deleted_rows_for_table(conn, tablename, max_rows, before=None):
    table = Base.metadata.tables[tablename]
    select_stmt = select(table.c.id).where(table.c.status == "deleted")
    if before:
        select_stmt = select_stmt.where(table.c.created_at < before)
    records = [row.id for row in conn.execute(select_stmt.order_by(table.c.id).limit(max_rows))]  # expect: scans-all [sa69r] cross
    if records:
        conn.execute(delete(table).where(table.c.id.in_(records)))  # expect: scans-all [sa69s]
    return len(records)


def archive_deleted_rows(engine, max_rows=1000, before=None):
    with engine.begin() as conn:
        return {"leads": _archive_deleted_rows_for_table(conn, "leads", max_rows, before)}
