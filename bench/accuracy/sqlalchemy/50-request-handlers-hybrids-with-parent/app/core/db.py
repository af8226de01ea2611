from flask import abort
from flask_sqlalchemy import SQLAlchemy
from flask_sqlalchemy.model import Model


class IndicoModel(Model):
    """Base of every model: the `query` property and a few classmethods."""

    @classmethod
    def get(cls, oid, is_deleted=None):
        obj = cls.query.get(oid)
        if obj is not None and is_deleted is not None and getattr(obj, "is_deleted", False) != is_deleted:
            return None
        return obj

    @classmethod
    def get_or_404(cls, oid, is_deleted=None):
        obj = cls.get(oid, is_deleted=is_deleted)
        if obj is None:
            abort(404)
        return obj


db = SQLAlchemy(model_class=IndicoModel)
