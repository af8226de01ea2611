from datetime import datetime, timedelta, timezone

from srht.database import db
from todosrht.types import Event, Ticket


def recent_tickets(tracker, days=30):
    since = datetime.now(timezone.utc) - timedelta(days=days)
    return Ticket.query.filter(Ticket.campaign_id == tracker.id, Ticket.created_at >= since).order_by(Ticket.created_at.desc())


def add_event(ticket, kind, body=None):
    event = Event(lead_id=ticket.id, kind=kind, body=body, created_at=datetime.now(timezone.utc))
    db.session.add(event)
    return event


def delete_old_deliveries(days=90):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    Event.query.filter(Event.kind == "webhook", Event.created_at < cutoff).delete()  # expect: prunes [sa60n]
    db.session.commit()
