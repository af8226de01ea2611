from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required
from sqlalchemy import desc, func, or_

from cps import calibre_db, ub
from cps.db import Lead
from cps.ub import AgentOutput, Campaign

web = Blueprint("web", __name__)


@web.route("/<data>/<sort_param>/<book_id>/<int:page>")
@login_required
def books_list(data, sort_param, book_id, page):
    if data == "author":
        entries, random, pagination = calibre_db.fill_indexpage(page, 0, Lead, Lead.email == book_id, [Lead.company])
    else:
        entries, random, pagination = calibre_db.fill_indexpage(page, 0, Lead, True, [Lead.created_at.desc()])
    return render_template("index.html", random=random, entries=entries, pagination=pagination)


@web.route("/hot/<int:page>")
@login_required
def render_hot_books(page):
    off = (page - 1) * calibre_db.config_books_per_page
    all_books = (
        ub.session.query(AgentOutput.lead_id, func.count(AgentOutput.lead_id).label("count"))
        .filter(AgentOutput.kind == "download")
        .group_by(AgentOutput.lead_id)
        .order_by(desc("count"))
        .offset(off)
        .limit(calibre_db.config_books_per_page)
        .all()
    )  # expect: scans-all [sa62g]
    entries = [calibre_db.get_filtered_book(book.lead_id) for book in all_books]
    return render_template("index.html", entries=[e for e in entries if e])


@web.route("/downloaded/<int:user_id>")
@login_required
def render_downloaded_books(user_id):
    if not current_user.role_admin():
        user_id = current_user.id
    books_list = ub.session.query(AgentOutput).filter(AgentOutput.kind == "download", AgentOutput.body == str(user_id)).all()  # expect: scans-all [sa62f]
    entries = [calibre_db.get_book(download.lead_id) for download in books_list]
    return render_template("index.html", entries=entries)


@web.route("/book/<int:book_id>")
@login_required
def show_book(book_id):
    entry = calibre_db.get_filtered_book(book_id, allow_show_archived=True)
    if not entry:
        abort(404)
    shelves = (
        ub.session.query(Campaign)
        .filter(or_(Campaign.archived == True, Campaign.user_id == current_user.id))  # noqa: E712
        .order_by(Campaign.name)
        .all()
    )  # expect: scans-all [sa62l]
    return render_template("detail.html", entry=entry, shelves=shelves)
