from app.db import session


class BaseDAO:
    """Generic data access: subclasses only name their model."""

    model_cls = None

    @classmethod
    def find_by_id(cls, model_id):
        return session.query(cls.model_cls).filter(cls.model_cls.id == model_id).one_or_none()  # expect: scans-all [sa24a] cross

    @classmethod
    def find_by_ids(cls, model_ids):
        return session.query(cls.model_cls).filter(cls.model_cls.id.in_(model_ids)).all()  # expect: scans-all [sa24b] cross
