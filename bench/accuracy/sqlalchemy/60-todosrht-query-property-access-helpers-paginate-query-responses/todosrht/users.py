from srht.database import db
from todosrht.types import Ticket, Tracker

GHOST_USER_ID = 1


def delete_user(user):
    Tracker.query.filter(Tracker.user_id == user.id).delete()  # expect: prunes [sa60w]
    Ticket.query.filter(Ticket.user_id == user.id).update({"user_id": GHOST_USER_ID})  # expect: scans-all [sa60x]
    db.session.delete(user)
    db.session.commit()
