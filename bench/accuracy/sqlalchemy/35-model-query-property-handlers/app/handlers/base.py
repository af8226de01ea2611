from flask import abort
from flask_login import current_user
from flask_restful import Resource
from sqlalchemy.orm.exc import NoResultFound


class BaseResource(Resource):
    @property
    def current_user(self):
        return current_user._get_current_object()


def get_object_or_404(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except NoResultFound:
        abort(404)


def paginate(query_set, page, page_size, serializer):
    count = query_set.count()
    results = query_set.offset((page - 1) * page_size).limit(page_size).all()
    return {"count": count, "page": page, "page_size": page_size, "results": [serializer(r) for r in results]}
