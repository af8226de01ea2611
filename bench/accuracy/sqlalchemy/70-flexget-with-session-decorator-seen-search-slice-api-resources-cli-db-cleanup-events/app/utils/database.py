import functools

from app.manager import Session


def with_session(*args, **kwargs):
    """Creates a session for the call when none was passed as `session=`, committing and closing it after."""

    def decorator(func):
        def wrapper(*args, **kwargs):
            if kwargs.get("session"):
                return func(*args, **kwargs)
            with _Session() as session:
                kwargs["session"] = session
                result = func(*args, **kwargs)
                session.commit()
                return result

        return wrapper

    if len(args) == 1 and not kwargs and callable(args[0]):
        _Session = functools.partial(Session, expire_on_commit=False)
        return decorator(args[0])
    _Session = functools.partial(Session, *args, **kwargs)
    return decorator
