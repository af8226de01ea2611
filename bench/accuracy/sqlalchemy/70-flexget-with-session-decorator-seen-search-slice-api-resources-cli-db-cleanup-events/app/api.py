from functools import wraps
from math import ceil

from flask import Flask, jsonify, request

from app.manager import Session

api_app = Flask(__name__)


class NotFoundError(Exception):
    pass


def with_api_session(method):
    """Gives every resource method a `session` keyword, committed when the request succeeds."""

    @wraps(method)
    def wrapper(self, *args, **kwargs):
        with Session() as session:
            result = method(self, *args, session=session, **kwargs)
            session.commit()
            return result

    return wrapper


class APIResource:
    def __init__(self, manager=None):
        self.manager = manager


def pagination_headers(total_pages, total_items, page_size):
    return {"total-count": str(total_items), "count": str(page_size), "pages": str(total_pages)}


def page_bounds(args):
    page = int(args.get("page", 1))
    per_page = min(int(args.get("per_page", 50)), 100)
    start = per_page * (page - 1)
    return page, per_page, start, start + per_page


def current_user_id():
    return int(request.headers["X-Flexget-User"])


__all__ = ["APIResource", "NotFoundError", "api_app", "ceil", "current_user_id", "jsonify", "page_bounds", "pagination_headers", "request", "with_api_session"]
