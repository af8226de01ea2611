import functools
import re
from datetime import timedelta

from flask import g


def parse_timelimit(limit):
    """'3/5m' allows 3 authentications in 5 minutes."""
    count, period = limit.split("/")
    m = re.match(r"(\d+)([smh])", period.strip())
    seconds = {"s": 1, "m": 60, "h": 3600}[m.group(2)]
    return int(count), timedelta(seconds=int(m.group(1)) * seconds)


class libpolicy:
    def __init__(self, decorator_function):
        self.decorator_function = decorator_function

    def __call__(self, wrapped_function):
        @functools.wraps(wrapped_function)
        def policy_wrapper(*args, **kwds):
            return self.decorator_function(wrapped_function, *args, **kwds)

        return policy_wrapper


def auth_user_timelimit(wrapped_function, user_object, passw, options=None):
    """Reject the authentication once the user failed too often within the policy's period."""
    options = options or {}
    max_fail = options.get("auth_max_fail", "10/5m")
    policy_count, tdelta = parse_timelimit(max_fail)
    fail_c = g.audit_object.get_count({"info": user_object.login}, success=False, timedelta=tdelta)
    if fail_c >= policy_count:
        return False, {"message": "Only %s failed authentications per %s" % (policy_count, tdelta)}
    return wrapped_function(user_object, passw, options)
