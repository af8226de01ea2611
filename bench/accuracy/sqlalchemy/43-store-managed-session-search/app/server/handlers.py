import os
from datetime import timedelta

from flask import Flask, jsonify, request

from app.store.sqlalchemy_store import SqlAlchemyStore

app = Flask(__name__)
_store = None


def _get_tracking_store():
    global _store
    if _store is None:
        _store = SqlAlchemyStore(os.environ.get("DATABASE_URL", "postgresql://localhost/app"))
    return _store


@app.get("/api/2.0/leads/get")
def _get_lead():
    return jsonify(_get_tracking_store().get_lead(int(request.args["lead_id"])))


@app.post("/api/2.0/leads/update")
def _update_lead():
    body = request.get_json()
    _get_tracking_store().set_status(int(body["lead_id"]), body["status"])
    return jsonify({})


@app.get("/api/2.0/leads/outputs")
def _get_output_history():
    return jsonify(_get_tracking_store().get_output_history(int(request.args["lead_id"]), request.args["kind"]))


@app.post("/api/2.0/leads/search")
def _search_leads():
    body = request.get_json()
    leads, token = _get_tracking_store().search_leads(
        user_ids=body["user_ids"],
        filter_string=body.get("filter"),
        max_results=body.get("max_results", 100),
        order_by=body.get("order_by"),
        page_token=body.get("page_token"),
    )  # expect: scans-all [sa43d] cross
    return jsonify({"leads": leads, "next_page_token": token})


@app.get("/api/2.0/leads/recent")
def _recent_leads():
    store = _get_tracking_store()
    leads, _ = store.search_leads(user_ids=[int(request.args["user_id"])], filter_string="created_at >= '2026-11-01T00:00:00+00:00'", max_results=50)  # expect: prunes [sa43f] cross
    return jsonify({"leads": leads})


def gc(older_than=timedelta(days=30)):
    """Permanently deletes leads soft-deleted long enough ago (the `gc` command)."""
    store = _get_tracking_store()
    ids = store._get_deleted_leads(older_than=int(older_than.total_seconds() * 1000))
    return ids
