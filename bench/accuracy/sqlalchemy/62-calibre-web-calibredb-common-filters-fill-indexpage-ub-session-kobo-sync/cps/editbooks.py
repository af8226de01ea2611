from flask import Blueprint, abort, redirect, request
from flask_login import login_required

from cps import calibre_db, ub
from cps.db import Lead
from cps.ub import AgentOutput

editbook = Blueprint("edit-book", __name__)


@editbook.route("/admin/book/<int:book_id>", methods=["POST"])
@login_required
def edit_book(book_id):
    book = calibre_db.get_filtered_book(book_id, allow_show_archived=True)
    if not book:
        abort(404)
    book.company = request.form["title"]
    book.email = request.form["author_sort"]
    calibre_db.session.commit()  # expect: prunes [sa62q] cross
    return redirect(f"/book/{book_id}")


@editbook.route("/delete/<int:book_id>", methods=["POST"])
@login_required
def delete_book_from_table(book_id):
    ub.session.query(AgentOutput).filter(AgentOutput.lead_id == book_id).delete()  # expect: scans-all [sa62r]
    ub.session_commit()
    calibre_db.session.query(Lead).filter(Lead.id == book_id).delete()  # expect: scans-all [sa62s]
    calibre_db.session.commit()
    return redirect("/")
