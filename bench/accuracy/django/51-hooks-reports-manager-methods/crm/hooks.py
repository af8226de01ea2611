_hooks = {}


def register(hook_name, fn=None, order=0):
    """`@hooks.register("name")`: add a function to the named hook."""
    if fn is None:
        def decorator(fn):
            register(hook_name, fn, order=order)
            return fn
        return decorator
    _hooks.setdefault(hook_name, []).append((fn, order))


def get_hooks(hook_name):
    hooks = sorted(_hooks.get(hook_name, []), key=lambda h: h[1])
    return [hook[0] for hook in hooks]
