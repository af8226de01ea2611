from functools import wraps

from django.core.exceptions import PermissionDenied

METHODS = {}


def permissions_required(*perms):
    def check(request):
        return request.user.has_perms(perms)
    return check


def rpc_method(name, auth=None):
    """Registers a function as the JSON-RPC method `name`."""
    def decorator(func):
        @wraps(func)
        def wrapper(request, **params):
            if auth is not None and not auth(request):
                raise PermissionDenied(name)
            return func(**params)
        METHODS[name] = wrapper
        return func
    return decorator
