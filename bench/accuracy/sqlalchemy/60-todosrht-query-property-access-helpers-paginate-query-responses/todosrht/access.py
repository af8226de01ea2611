from flask_login import current_user

from todosrht.types import Ticket, Tracker, User


def get_access(tracker, ticket):
    if current_user and current_user.id == tracker.user_id:
        return {"browse", "submit", "comment", "edit", "triage"}
    return {"browse", "submit", "comment"}


def get_tracker(owner, name=None):
    if not owner:
        return None, None
    if owner.startswith("~"):
        owner = owner[1:]
    owner = User.query.filter(User.email == owner).first()
    if name:
        tracker = Tracker.query.filter(Tracker.user_id == owner.id).filter(Tracker.name == name.lower()).first()  # expect: prunes [sa60e]
        if not tracker:
            return None, None
        return tracker, get_access(tracker, None)
    all = Tracker.query.filter(Tracker.user_id == owner.id).all()  # expect: prunes [sa60f]
    return [t for t in all if get_access(t, None)], None


def get_ticket(tracker, ticket_id):
    ticket = Ticket.query.filter(Ticket.id == ticket_id).filter(Ticket.campaign_id == tracker.id).first()  # expect: scans-all [sa60g]
    if not ticket:
        return None, None
    access = get_access(tracker, ticket)
    if "browse" not in access:
        return None, None
    return ticket, access
