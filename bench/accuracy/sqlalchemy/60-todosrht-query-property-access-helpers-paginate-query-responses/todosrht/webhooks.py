import json

from todosrht.types import Event


def deliver_ticket_event(event_id, send):
    event = Event.query.filter(Event.id == event_id).one()  # expect: scans-all [sa60p]
    payload = {"event": event.to_dict(), "ticket": event.ticket.to_dict()}  # expect: scans-all [sa60v] cross
    send(json.dumps(payload))
