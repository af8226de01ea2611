from datetime import datetime
from typing import Optional

import sqlalchemy as sa
from pydantic import BaseModel, Field

from app.database.interface import provide_database_interface


class FilterBaseModel(BaseModel):
    def as_sql_filter(self) -> sa.ColumnElement[bool]:
        filters = self._get_filter_list(provide_database_interface())
        if not filters:
            return sa.true()
        return sa.and_(*filters)

    def _get_filter_list(self, db) -> list:
        raise NotImplementedError()


class LeadFilterUserId(FilterBaseModel):
    any_: Optional[list[int]] = Field(default=None)

    def _get_filter_list(self, db) -> list:
        return [db.Lead.user_id.in_(self.any_)] if self.any_ is not None else []


class LeadFilterStatus(FilterBaseModel):
    any_: Optional[list[str]] = Field(default=None)
    not_any_: Optional[list[str]] = Field(default=None)

    def _get_filter_list(self, db) -> list:
        filters = []
        if self.any_ is not None:
            filters.append(db.Lead.status.in_(self.any_))
        if self.not_any_ is not None:
            filters.append(db.Lead.status.not_in(self.not_any_))
        return filters


class LeadFilterCreatedAt(FilterBaseModel):
    before_: Optional[datetime] = Field(default=None)
    after_: Optional[datetime] = Field(default=None)

    def _get_filter_list(self, db) -> list:
        filters = []
        if self.before_ is not None:
            filters.append(db.Lead.created_at <= self.before_)
        if self.after_ is not None:
            filters.append(db.Lead.created_at >= self.after_)
        return filters


class LeadFilter(FilterBaseModel):
    user_id: Optional[LeadFilterUserId] = None
    status: Optional[LeadFilterStatus] = None
    created_at: Optional[LeadFilterCreatedAt] = None

    def _get_filter_list(self, db) -> list:
        filters = []
        if self.user_id is not None:
            filters.append(self.user_id.as_sql_filter())
        if self.status is not None:
            filters.append(self.status.as_sql_filter())
        if self.created_at is not None:
            filters.append(self.created_at.as_sql_filter())
        return filters
