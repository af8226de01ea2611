import sqlalchemy as sa

from app.extensions import db


class CRUDMixin:
    @classmethod
    def get(cls, *clause):
        return db.session.execute(sa.select(cls).where(*clause)).scalar()

    @classmethod
    def get_all(cls, *clause):
        return list(db.session.execute(sa.select(cls).where(*clause)).scalars())

    @classmethod
    def count(cls, *clause):
        stmt = sa.select(sa.func.count()).select_from(cls)
        if clause:
            stmt = stmt.where(*clause)
        return db.session.execute(stmt).scalar_one()

    def save(self):
        db.session.add(self)
        db.session.commit()
        return self


class HideableMixin:
    """Rows that moderators can hide: `status == "hidden"`."""

    @classmethod
    def hidden_clause(cls):
        return cls.status == "hidden"
