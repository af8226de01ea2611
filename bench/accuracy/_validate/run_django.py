"""Runs the equivalent Django code of each labelled site for real against a throwaway database.

Every statement Django sends is EXPLAINed with the same parameters. Input (stdin): JSON list of
{"id", "code"} (Python statements); output: JSON list of {"id", "statements", "error"?}.
The models are the `crm` app of the directory given in PL_APP_DIR.
"""
import json
import os
import sys
from urllib.parse import urlparse

sys.path.insert(0, os.environ["PL_APP_DIR"])

import django  # noqa: E402
from django.conf import settings  # noqa: E402

url = urlparse(os.environ["DATABASE_URL"])
settings.configure(
    USE_TZ=True,
    TIME_ZONE="UTC",
    INSTALLED_APPS=["crm"],
    DATABASES={
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": url.path.lstrip("/"),
            "USER": url.username or "",
            "PASSWORD": url.password or "",
            "HOST": url.hostname or "",
            "PORT": str(url.port or ""),
        }
    },
)
django.setup()

from datetime import date, datetime, timedelta, timezone  # noqa: E402,F401

from django.db import connection, transaction  # noqa: E402
from django.db.models import Count, Max, OuterRef, Prefetch, Q, Subquery  # noqa: E402,F401
from django.db.models.functions import TruncMonth  # noqa: E402,F401

from crm.models import AgentOutput, Campaign, Lead, User  # noqa: E402,F401

T1 = datetime(2026, 3, 5, tzinfo=timezone.utc)
T2 = datetime(2026, 4, 20, tzinfo=timezone.utc)

captured = []


def capture(execute, sql, params, many, context):
    # A union is sent as `(SELECT …) UNION (SELECT …)`: leading parentheses are not the statement.
    if sql.lstrip().lstrip("(").upper().startswith(("SELECT", "UPDATE", "DELETE", "WITH")):
        with context["connection"].connection.cursor() as c:
            c.execute("EXPLAIN (FORMAT JSON) " + sql, params)
            plan = c.fetchone()[0]
        captured.append({"sql": sql, "plan": plan})
    return execute(sql, params, many, context)


class Rollback(Exception):
    pass


out = []
with connection.execute_wrapper(capture):
    for case in json.load(sys.stdin):
        captured.clear()
        error = None
        try:
            with transaction.atomic():
                try:
                    exec(case["code"])  # noqa: S102 - test input written in this repository
                except (Lead.DoesNotExist, AgentOutput.DoesNotExist, Campaign.DoesNotExist, User.DoesNotExist):
                    pass
                raise Rollback()
        except Rollback:
            pass
        except Exception as e:  # noqa: BLE001
            error = f"{type(e).__name__}: {e}"
        out.append({"id": case["id"], "statements": list(captured), "error": error})
json.dump(out, sys.stdout, default=str)
