"""A stand-in for oslo.db's enginefacade: `reader.using(context)` puts a session on the context."""
import contextlib


class _Mode:
    def __init__(self, factory):
        self._factory = factory

    @contextlib.contextmanager
    def using(self, context):
        context.session = self._factory()
        try:
            yield context.session
            context.session.commit()
        finally:
            context.session.close()


class transaction_context:
    def __init__(self):
        self.session_factory = None
        self.reader = _Mode(lambda: self.session_factory())
        self.writer = _Mode(lambda: self.session_factory())
