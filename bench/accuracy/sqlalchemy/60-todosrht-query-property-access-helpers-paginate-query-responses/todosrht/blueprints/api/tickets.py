from flask import Blueprint, abort

from srht.api import paginated_response
from todosrht.access import get_ticket, get_tracker
from todosrht.types import Event, Ticket, Tracker, User

tickets = Blueprint("api.tickets", __name__)


@tickets.route("/api/user/<username>/trackers")
def user_trackers_GET(username):
    user = User.query.filter(User.email == username).first()
    if not user:
        abort(404)
    return paginated_response(Tracker.id, Tracker.query.filter(Tracker.user_id == user.id))


@tickets.route("/api/user/<username>/trackers/<tracker_name>/tickets")
def tracker_tickets_GET(username, tracker_name):
    tracker, access = get_tracker(username, tracker_name)
    if not tracker:
        abort(404)
    return paginated_response(Ticket.id, Ticket.query.filter(Ticket.campaign_id == tracker.id))


@tickets.route("/api/user/<username>/trackers/<tracker_name>/tickets/<int:ticket_id>/events")
def ticket_events_GET(username, tracker_name, ticket_id):
    tracker, access = get_tracker(username, tracker_name)
    if not tracker:
        abort(404)
    ticket, access = get_ticket(tracker, ticket_id)
    if not ticket:
        abort(404)
    events = Event.query.filter(Event.lead_id == ticket.id)
    return paginated_response(Event.id, events)
