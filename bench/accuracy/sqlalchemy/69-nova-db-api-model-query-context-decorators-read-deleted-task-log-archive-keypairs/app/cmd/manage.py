import argparse
from datetime import datetime

from app.db.archive import archive_deleted_rows
from app.db.session import get_engine


def main(argv=None):
    parser = argparse.ArgumentParser(prog="nova-manage db archive_deleted_rows")
    parser.add_argument("--max_rows", type=int, default=1000)
    parser.add_argument("--before", type=datetime.fromisoformat, default=None)
    args = parser.parse_args(argv)
    table_to_rows = archive_deleted_rows(get_engine(), max_rows=args.max_rows, before=args.before)
    for table, rows in table_to_rows.items():
        print(f"{table}: {rows}")
