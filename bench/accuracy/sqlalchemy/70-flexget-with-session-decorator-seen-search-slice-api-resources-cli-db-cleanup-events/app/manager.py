import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(os.environ.get("FLEXGET_DB", "postgresql+psycopg2:///flexget"))
Session = sessionmaker(bind=engine)

_handlers = {}


def event(name):
    """Registers a handler for a manager event (`manager.db_cleanup`, `forget`…)."""

    def decorator(func):
        _handlers.setdefault(name, []).append(func)
        return func

    return decorator


def fire_event(name, *args, **kwargs):
    return [handler(*args, **kwargs) for handler in _handlers.get(name, [])]


def db_cleanup(manager, force=False):
    """Runs the components' cleanup handlers in one session, committed at the end."""
    with Session() as session:
        fire_event("manager.db_cleanup", manager, session)
        session.commit()
