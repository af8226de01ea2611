from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import or_

from srht.database import db
from srht.flask import paginate_query
from todosrht.access import get_tracker
from todosrht.tickets import recent_tickets
from todosrht.types import Ticket, Tracker, User

tracker = Blueprint("tracker", __name__)


@tracker.route("/tracker/create", methods=["POST"])
def create_POST():
    name = request.form["tracker_name"]
    existing = Tracker.query.filter(Tracker.user_id == current_user.id).filter(Tracker.name == name).first()  # expect: prunes [sa60h]
    if existing:
        return render_template("tracker-create.html", error="A tracker by this name already exists"), 400
    new = Tracker(user_id=current_user.id, name=name)
    db.session.add(new)
    db.session.commit()
    return redirect(url_for(".tracker_GET", owner=current_user.email, name=name))


def apply_search(query, search):
    for term in search.lower().split(" "):
        prop, value = term.split(":", 1) if ":" in term else (None, term)
        if prop == "status":
            query = query.filter(Ticket.status == {"closed": "resolved"}.get(value, value))
            continue
        if prop == "submitter":
            user = User.query.filter(User.email == value).first()
            if user:
                query = query.filter(Ticket.user_id == user.id)
                continue
        query = query.filter(or_(Ticket.email.ilike("%" + value + "%"), Ticket.company.ilike("%" + value + "%")))
    return query


def return_tracker(tracker, access, **kwargs):
    tickets = Ticket.query.filter(Ticket.campaign_id == tracker.id)
    search = request.args.get("search")
    tickets = tickets.order_by(Ticket.created_at.desc())
    if search:
        tickets = apply_search(tickets, search)
    else:
        tickets = tickets.filter(Ticket.status == "reported")
    tickets, pagination = paginate_query(tickets, results_per_page=25)
    return render_template("tracker.html", tracker=tracker, tickets=tickets, access=access, search=search, **pagination, **kwargs)


@tracker.route("/<owner>/<name>")
def tracker_GET(owner, name):
    tracker, access = get_tracker(owner, name)
    if not tracker:
        abort(404)
    return return_tracker(tracker, access)


@tracker.route("/<owner>/<name>/feed.rss")
def tracker_feed(owner, name):
    tracker, access = get_tracker(owner, name)
    if not tracker:
        abort(404)
    tickets = recent_tickets(tracker).limit(50).all()  # expect: prunes [sa60o] cross
    return render_template("feed.xml", tracker=tracker, tickets=tickets)


@tracker.route("/<owner>/<name>/configure", methods=["POST"])
def configure_POST(owner, name):
    tracker, access = get_tracker(owner, name)
    if not tracker:
        abort(404)
    if current_user.id != tracker.user_id:
        abort(403)
    tracker.archived = request.form.get("archived") == "on"
    db.session.commit()  # expect: prunes [sa60i] cross
    return redirect(url_for(".tracker_GET", owner=owner, name=name))


@tracker.route("/<owner>/<name>/delete", methods=["POST"])
def delete_POST(owner, name):
    tracker, access = get_tracker(owner, name)
    if not tracker or current_user.id != tracker.user_id:
        abort(404)
    db.session.delete(tracker)
    db.session.commit()  # expect: prunes [sa60r] cross
    return redirect(url_for("html.index"))


@tracker.route("/<owner>/<name>/export")
def export_GET(owner, name):
    tracker, access = get_tracker(owner, name)
    if not tracker:
        abort(404)
    dump = []
    for ticket in tracker.tickets:  # expect: scans-all [sa60s] cross
        dump.append({"ticket": ticket.to_dict(), "events": [e.to_dict() for e in ticket.events]})  # expect: scans-all [sa60t] cross
    return {"tracker": tracker.to_dict(), "tickets": dump}
