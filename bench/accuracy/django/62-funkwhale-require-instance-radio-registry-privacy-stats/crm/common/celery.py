import functools


def require_instance(queryset, name, id_kwarg_name=None):
    """Task decorator: loads the instance the task is about from the given queryset."""
    id_kwarg_name = id_kwarg_name or "{}_id".format(name)

    def decorator(function):
        @functools.wraps(function)
        def inner(*args, **kwargs):
            pk = kwargs.pop(id_kwarg_name)
            instance = queryset.get(pk=pk)  # expect: scans-all [dj62a] cross
            kwargs[name] = instance
            return function(*args, **kwargs)

        return inner

    return decorator
