from flask import Blueprint, render_template, request
from flask_login import login_required

from cps import calibre_db
from cps.db import Lead

search = Blueprint("search", __name__)


def _adv_search_date(q, start, end):
    if start:
        q = q.filter(Lead.created_at >= start)
    if end:
        q = q.filter(Lead.created_at <= end)
    return q


def _adv_search_text(q, author):
    if author:
        q = q.filter(Lead.email.ilike(f"%{author}%"))
    return q


@search.route("/advsearch", methods=["POST"])
@login_required
def advanced_search():
    term = request.form
    q = calibre_db.session.query(Lead).filter(calibre_db.common_filters(True))
    q = _adv_search_date(q, term.get("pub_start"), term.get("pub_end"))
    q = _adv_search_text(q, term.get("author"))
    entries = q.order_by(Lead.company).limit(calibre_db.config_books_per_page).all()  # expect: scans-all [sa62j] cross
    return render_template("search.html", entries=entries)
