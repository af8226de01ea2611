class Registry(dict):
    def register(self, name):
        def decorator(cls):
            self[name] = cls
            return cls

        return decorator


registry = Registry()
