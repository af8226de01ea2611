"""The declarative base every model extends, with the shorthand class methods the endpoints use."""
from typing import Any, Type, TypeVar

from sqlalchemy.orm import Query, Session, declarative_base

T = TypeVar("T", bound="OrmWrappedFidesBase")

FidesBase = declarative_base()


class OrmWrappedFidesBase(FidesBase):
    __abstract__ = True

    @classmethod
    def get_by(cls: Type[T], db: Session, *, field: str, value: Any) -> T | None:
        """Fetch a record via a key supplied at call time."""
        kwargs = {field: value}
        return db.query(cls).filter_by(**kwargs).first()  # expect: scans-all [sa56a]

    @classmethod
    def query(cls: Type[T], db: Session) -> Query:
        return db.query(cls)

    @classmethod
    def filter(cls: Type[T], db: Session, *, conditions) -> Query:
        return db.query(cls).filter(conditions)

    @classmethod
    def create(cls: Type[T], db: Session, *, data: dict[str, Any]) -> T:
        return cls.persist_obj(db, cls(**data))

    @classmethod
    def persist_obj(cls: Type[T], db: Session, resource: T) -> T:
        db.add(resource)
        db.commit()  # expect: prunes [sa56b] cross
        db.refresh(resource)  # expect: prunes [sa56m] cross
        return resource

    def update(self, db: Session, *, data: dict[str, Any]):
        for key, val in data.items():
            setattr(self, key, val)
        return self.save(db=db)

    def save(self, db: Session):
        return OrmWrappedFidesBase.persist_obj(db, self)

    def delete(self, db: Session):
        db.delete(self)
        db.commit()  # expect: prunes [sa56c] cross
        return self
