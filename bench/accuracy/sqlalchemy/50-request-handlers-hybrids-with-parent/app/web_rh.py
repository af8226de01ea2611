from flask import request, session


class RH:
    """A request handler: `_process_args()` loads the URL's objects, `_check_access()`, then `_process()`."""

    def _process_args(self):
        pass

    def _check_access(self):
        if session.user is None:
            raise PermissionError()

    def _process(self):
        raise NotImplementedError

    def process(self):
        self._process_args()
        self._check_access()
        return self._process()

    @property
    def view_args(self):
        return request.view_args
