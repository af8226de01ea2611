import datetime
import functools

from pyramid.view import view_config
from sqlalchemy import desc, func

from app.models import AgentOutput, Lead, Session

_CACHE = {}


def cache_region(region):
    """Memoise a function's result in the named region."""

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            key = (region, fn.__name__) + args
            if key not in _CACHE:
                _CACHE[key] = fn(*args)
            return _CACHE[key]

        return wrapper

    return decorate


@cache_region("long_term")
def get_top_testers():
    """Return the users who commented the most in the last week."""
    start_time = datetime.datetime.utcnow() - datetime.timedelta(days=7)
    query = (
        Session()
        .query(AgentOutput.body, func.count(AgentOutput.id).label("count_1"))
        .filter(AgentOutput.created_at > start_time)
        .filter(AgentOutput.kind.in_(["+1", "-1"]))
        .group_by(AgentOutput.body)
        .order_by(desc("count_1"))
        .limit(5)
    )
    return query.all()  # expect: prunes [sa54i]


@cache_region("short_term")
def get_latest_updates(critpath, security):
    query = Session().query(Lead).filter(Lead.status == "testing")
    if security:
        query = query.filter(Lead.email.like("security@%"))
    query = query.order_by(Lead.created_at.desc())
    return query.limit(5).all()  # expect: scans-all [sa54j]


@view_config(route_name="home", renderer="home.html")
def home(request):
    return {
        "top_testers": get_top_testers(),
        "latest_updates": get_latest_updates(False, False),
        "security_updates": get_latest_updates(False, True),
    }
