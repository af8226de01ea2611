from math import ceil
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.schema.base import PaginationBase, PaginationQuery

Schema = TypeVar("Schema")
Model = TypeVar("Model")


class RepositoryGeneric(Generic[Schema, Model]):
    """Common operations for one model; a user-scoped subclass narrows every query to its user."""

    _user_id: int | None = None

    def __init__(self, session: Session, primary_key: str, sql_model: type[Model], schema: type[Schema]) -> None:
        self.session = session
        self.primary_key = primary_key
        self.model = sql_model
        self.schema = schema

    @property
    def user_id(self) -> int | None:
        return self._user_id

    def _query(self, with_options: bool = True) -> Select:
        q = select(self.model)
        return q.options(*self.schema.loader_options()) if with_options else q

    def _filter_builder(self, **kwargs) -> dict[str, Any]:
        dct = {}
        if self.user_id:
            dct["user_id"] = self.user_id
        return {**dct, **kwargs}

    def get_one(self, value: Any, key: str | None = None) -> Schema | None:
        key = key or self.primary_key
        q = self._query().filter_by(**self._filter_builder(**{key: value}))
        result = self.session.execute(q).unique().scalars().one_or_none()
        return self.schema.model_validate(result) if result else None

    def multi_query(self, query_by: dict[str, Any], start: int = 0, limit: int | None = None, order_by: str | None = None) -> list[Schema]:
        q = self._query().filter_by(**self._filter_builder(**query_by))
        if order_by and (order_attr := getattr(self.model, order_by)):
            q = q.order_by(order_attr.desc())
        q = q.offset(start).limit(limit)
        return [self.schema.model_validate(x) for x in self.session.execute(q).unique().scalars().all()]  # expect-also: [sa40e]

    def count_all(self, match_key: str | None = None, match_value: Any = None) -> int:
        q = select(func.count(self.model.id))
        if None not in [match_key, match_value]:
            q = q.filter_by(**{match_key: match_value})
        return self.session.scalar(q)  # expect-also: [sa40f]

    def page_all(self, pagination: PaginationQuery) -> PaginationBase:
        q = self._query(with_options=False).filter_by(**self._filter_builder())
        count = self.session.scalar(select(func.count()).select_from(q.subquery())) or 0
        total_pages = ceil(count / pagination.per_page) if pagination.per_page else 0
        page = min(max(pagination.page, 1), max(total_pages, 1))
        if pagination.order_by:
            q = q.order_by(getattr(self.model, pagination.order_by))
        q = q.limit(pagination.per_page).offset((page - 1) * pagination.per_page).options(*self.schema.loader_options())
        data = self.session.execute(q).unique().scalars().all()
        return PaginationBase(page=page, per_page=pagination.per_page, total=count, items=[self.schema.model_validate(x) for x in data])


class UserRepositoryGeneric(RepositoryGeneric[Schema, Model]):
    def __init__(self, session: Session, primary_key: str, sql_model: type[Model], schema: type[Schema], *, user_id: int | None) -> None:
        super().__init__(session, primary_key, sql_model, schema)
        if not user_id:
            raise ValueError("user_id must be set")
        self._user_id = user_id
