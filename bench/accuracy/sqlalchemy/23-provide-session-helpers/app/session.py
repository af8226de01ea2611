"""A decorator that opens a session when the caller did not pass one (scheduler style)."""
import functools

from app.db import SessionLocal

NEW_SESSION = None


def provide_session(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        if kwargs.get("session") is not None:
            return func(*args, **kwargs)
        with SessionLocal() as session:
            kwargs["session"] = session
            result = func(*args, **kwargs)
            session.commit()
            return result

    return wrapper
