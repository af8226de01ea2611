from functools import wraps

from flask import request


def validate_args(spec, location="query"):
    """Parses the args named in `spec` ({name: (type, default)}) and passes the present ones as a dict."""
    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            source = request.args if location == "query" else (request.get_json() or {})
            parsed = {}
            for name, (typ, default) in spec.items():
                value = source.get(name, default)
                if value is not None:
                    parsed[name] = typ(value)
            return func(*args, parsed, **kwargs)
        return wrapper
    return decorator
