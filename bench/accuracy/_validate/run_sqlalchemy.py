"""Runs the equivalent SQLAlchemy code of each labelled site for real against a throwaway database.

Every statement SQLAlchemy sends is EXPLAINed with the same parameters. Input (stdin): JSON list
of {"id", "code"} (Python statements using `session`, `conn`); output: JSON list of
{"id", "statements", "error"?}. The models are the `app` package of PL_APP_DIR.
"""
import json
import os
import sys

sys.path.insert(0, os.environ["PL_APP_DIR"])

from datetime import date, datetime, timedelta, timezone  # noqa: E402,F401

from sqlalchemy import Date, cast, create_engine, delete, event, func, or_, select, text, update  # noqa: E402,F401
from sqlalchemy.orm import Session, aliased, joinedload, selectinload  # noqa: E402,F401

from app.models import AgentOutput, Campaign, Lead  # noqa: E402,F401

T1 = datetime(2026, 3, 5, tzinfo=timezone.utc)
T2 = datetime(2026, 4, 20, tzinfo=timezone.utc)

url = os.environ["DATABASE_URL"].replace("postgres://", "postgresql+psycopg2://", 1).replace("postgresql://", "postgresql+psycopg2://", 1)
engine = create_engine(url)
captured = []


@event.listens_for(engine, "before_cursor_execute")
def capture(conn, cursor, statement, parameters, context, executemany):
    if statement.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE", "WITH")):
        c = cursor.connection.cursor()
        c.execute("EXPLAIN (FORMAT JSON) " + statement, parameters)
        captured.append({"sql": statement, "plan": c.fetchone()[0]})
        c.close()


out = []
for case in json.load(sys.stdin):
    captured.clear()
    error = None
    try:
        with engine.connect() as conn:
            # One outer transaction per site, rolled back at the end: Core DML on `conn` and a
            # `session.commit()` would otherwise change the seeded rows every later site reads.
            outer = conn.begin()
            session = Session(bind=conn)
            try:
                exec(case["code"])  # noqa: S102 - test input written in this repository
            finally:
                session.rollback()
                session.close()
                outer.rollback()
    except Exception as e:  # noqa: BLE001
        error = f"{type(e).__name__}: {e}"
    out.append({"id": case["id"], "statements": list(captured), "error": error})
json.dump(out, sys.stdout, default=str)
