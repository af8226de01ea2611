from functools import wraps

from mailman.config import config


def dbconnection(function):
    """Pass the store to the decorated method as its second argument."""

    @wraps(function)
    def wrapper(*args, **kws):
        return function(args[0], config.db.store, *args[1:], **kws)

    return wrapper


def transactional(function):
    """Commit after the decorated function, roll back if it raises."""

    @wraps(function)
    def wrapper(*args, **kws):
        try:
            rtn = function(*args, **kws)
            config.db.commit()  # expect: prunes [sa63t] cross
            return rtn
        except:  # noqa: E722
            config.db.abort()
            raise

    return wrapper
