from datetime import datetime, timezone

from flask import Blueprint, abort, redirect, render_template, request, url_for

from srht.database import db
from todosrht.access import get_ticket, get_tracker
from todosrht.tickets import add_event
from todosrht.types import Event, Ticket

ticket = Blueprint("ticket", __name__)


@ticket.route("/<owner>/<name>/<int:ticket_id>")
def ticket_GET(owner, name, ticket_id):
    tracker, access = get_tracker(owner, name)
    if not tracker:
        abort(404)
    ticket, access = get_ticket(tracker, ticket_id)
    if not ticket:
        abort(404)
    events = Event.query.filter(Event.lead_id == ticket.id).order_by(Event.created_at).all()  # expect: scans-all [sa60j]
    return render_template("ticket.html", tracker=tracker, ticket=ticket, events=events, access=access)


@ticket.route("/<owner>/<name>/<int:ticket_id>/comment", methods=["POST"])
def ticket_comment_POST(owner, name, ticket_id):
    tracker, access = get_tracker(owner, name)
    if not tracker:
        abort(404)
    ticket, access = get_ticket(tracker, ticket_id)
    if not ticket or "comment" not in access:
        abort(404)
    add_event(ticket, "comment", request.form.get("comment"))
    resolve = request.form.get("resolve")
    if resolve and "triage" in access:
        ticket.status = "resolved"
    db.session.commit()  # expect: prunes [sa60k] cross
    return redirect(url_for(".ticket_GET", owner=owner, name=name, ticket_id=ticket_id))


@ticket.route("/<owner>/<name>/<int:ticket_id>/assign", methods=["POST"])
def ticket_assign_POST(owner, name, ticket_id):
    tracker, access = get_tracker(owner, name)
    ticket, access = get_ticket(tracker, ticket_id)
    if not ticket or "triage" not in access:
        abort(404)
    ticket.user_id = int(request.form["assignee"])
    add_event(ticket, "assigned_user")
    db.session.commit()  # expect: prunes [sa60q] cross
    return redirect(url_for(".ticket_GET", owner=owner, name=name, ticket_id=ticket_id))


def import_ticket(tracker, data):
    created = datetime.fromisoformat(data["created"]).astimezone(timezone.utc)
    existing = Ticket.query.filter(
        Ticket.campaign_id == tracker.id, Ticket.id == data["id"], Ticket.created_at == created
    ).one_or_none()  # expect: prunes [sa60y]
    if existing:
        return existing
    imported = Ticket(id=data["id"], user_id=tracker.user_id, campaign_id=tracker.id, company=data["title"], email="", created_at=created)
    db.session.add(imported)
    return imported
