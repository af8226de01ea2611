from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class BaseMixin:
    """Shorthands every model inherits."""

    @classmethod
    def get(cls, id):
        return db.session.get(cls, id)

    @classmethod
    def get_by(cls, *criterions, **kw):
        return cls.query.filter(*criterions).filter_by(**kw).first()

    @classmethod
    def get_all_by(cls, **kw):
        return cls.query.filter_by(**kw).all()

    @classmethod
    def delete_all_by(cls, **kw):
        result = cls.query.filter_by(**kw).delete()
        db.session.commit()
        return result

    @classmethod
    def create(cls, **kw):
        instance = cls(**kw)
        db.session.add(instance)
        db.session.commit()
        return instance

    def update(self, data):
        for key, value in data.items():
            setattr(self, key, value)
        db.session.commit()

    def delete(self):
        db.session.delete(self)
        db.session.commit()

    def serialize(self):
        return {c.name: getattr(self, c.name) for c in self.__table__.columns}

    @classmethod
    def serialize_list(cls, entries):
        return [entry.serialize() for entry in entries]
