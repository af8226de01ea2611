from typing import Generic, TypeVar

from app.extensions import db

T = TypeVar("T")


class BaseDAO(Generic[T]):
    """Data access shared by every model; a subclass sets model_cls and, optionally, base_filter."""

    model_cls = None
    base_filter = None

    @classmethod
    def _query(cls, skip_base_filter=False):
        query = db.session.query(cls.model_cls)
        if cls.base_filter is not None and not skip_base_filter:
            query = cls.base_filter().apply(query)
        return query

    @classmethod
    def find_by_id(cls, model_id, skip_base_filter=False):
        return cls._query(skip_base_filter).filter(cls.model_cls.id == model_id).one_or_none()  # expect-also: [sa38b]

    @classmethod
    def find_by_ids(cls, model_ids, skip_base_filter=False):
        return cls._query(skip_base_filter).filter(cls.model_cls.id.in_(model_ids)).all()  # expect-also: [sa38c]

    @classmethod
    def delete(cls, items):
        for item in items:
            db.session.delete(item)
        db.session.commit()
