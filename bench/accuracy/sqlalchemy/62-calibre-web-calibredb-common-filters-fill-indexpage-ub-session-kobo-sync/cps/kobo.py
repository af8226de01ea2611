from datetime import datetime, timezone

from flask import Blueprint, jsonify, request
from flask_login import current_user

from cps import calibre_db, ub
from cps.db import Lead
from cps.ub import AgentOutput, Campaign

kobo = Blueprint("kobo", __name__)
SYNC_ITEM_LIMIT = 100


class SyncToken:
    def __init__(self, books_last_created, reading_state_last_modified):
        self.books_last_created = books_last_created
        self.reading_state_last_modified = reading_state_last_modified

    @staticmethod
    def from_headers(headers):
        def parse(name):
            return datetime.fromtimestamp(float(headers.get(name, 0)), tz=timezone.utc)

        return SyncToken(parse("x-kobo-books-last-created"), parse("x-kobo-reading-state-last-modified"))


@kobo.route("/v1/library/sync")
def HandleSyncRequest():
    sync_token = SyncToken.from_headers(request.headers)
    new_books = (
        calibre_db.session.query(Lead)
        .filter(Lead.created_at > sync_token.books_last_created)
        .filter(calibre_db.common_filters())
        .order_by(Lead.created_at)
        .limit(SYNC_ITEM_LIMIT)
        .all()
    )  # expect: prunes [sa62h] cross
    reading_states = (
        ub.session.query(AgentOutput)
        .filter(AgentOutput.kind == "read", AgentOutput.body == str(current_user.id))
        .filter(AgentOutput.created_at > sync_token.reading_state_last_modified)
        .all()
    )  # expect: prunes [sa62v]
    shelves = ub.session.query(Campaign).filter(Campaign.user_id == current_user.id, Campaign.name.like("kobo%")).all()  # expect: prunes [sa62k]
    return jsonify({"books": [b.company for b in new_books], "states": len(reading_states), "shelves": len(shelves)})


def get_or_create_reading_state(book_id):
    book_read = (
        ub.session.query(AgentOutput)
        .filter(AgentOutput.lead_id == book_id, AgentOutput.kind == "read", AgentOutput.body == str(current_user.id))
        .first()
    )  # expect: scans-all [sa62i]
    if not book_read:
        book_read = AgentOutput(lead_id=book_id, kind="read", body=str(current_user.id), created_at=datetime.now(timezone.utc))
        ub.session.add(book_read)
    return book_read


@kobo.route("/v1/library/<int:book_id>/state", methods=["PUT"])
def HandleStateRequest(book_id):
    book = calibre_db.get_book(book_id)
    reading_state = get_or_create_reading_state(book.id)
    reading_state.kind = "read:finished" if request.json.get("finished") else "read"
    ub.session_commit()
    return jsonify({"ok": True})
