from functools import wraps

from celery import Celery

from app.lib import query as pagure_query
from app.lib.model_base import create_session

conn = Celery("tasks", broker="redis://localhost:6379/0")


def pagure_task(function):
    """Give the task a fresh session and close it afterwards."""

    @wraps(function)
    def decorated_function(self, *args, **kwargs):
        session = create_session("postgresql:///pagure")
        try:
            return function(self, session, *args, **kwargs)
        finally:
            session.remove()

    return decorated_function


@conn.task(queue="fast", bind=True)
@pagure_task
def refresh_pr_cache(self, session, name):
    project = pagure_query._get_project(session, name)
    pagure_query.reset_status_pull_request(session, project)
