from flask import Blueprint, abort, render_template
from flask_login import current_user

from todosrht.types import Event, Ticket, Tracker, User

html = Blueprint("html", __name__)


@html.route("/")
def index():
    events = (
        Event.query.join(Ticket, Ticket.id == Event.lead_id)
        .filter(Ticket.user_id == current_user.id)
        .order_by(Event.created_at.desc())
        .limit(10)
        .all()
    )  # expect: scans-all [sa60l]
    return render_template("dashboard.html", events=events)


@html.route("/~<username>")
def user_GET(username):
    user = User.query.filter(User.email == username).first()
    if not user:
        abort(404)
    trackers = Tracker.query.filter(Tracker.user_id == user.id).order_by(Tracker.id.desc()).limit(10).all()  # expect: prunes [sa60m]
    tracker_count = Tracker.query.filter(Tracker.user_id == user.id).count()  # expect: prunes [sa60u]
    return render_template("user.html", user=user, trackers=trackers, tracker_count=tracker_count)
