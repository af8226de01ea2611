import logging


class Job:
    """A unit of work run by the worker with the requesting user; `run()` receives the form values."""

    class Meta:
        name = None

    def __init__(self, user):
        self.user = user
        self.logger = logging.getLogger(f"crm.jobs.{type(self).__name__}")

    def run(self, **kwargs):
        raise NotImplementedError
