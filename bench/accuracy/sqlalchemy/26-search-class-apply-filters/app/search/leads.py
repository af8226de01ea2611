from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Lead


@dataclass
class LeadSearch:
    user_id: int
    status: Optional[str] = None
    created_from: Optional[datetime] = None
    created_to: Optional[datetime] = None

    def _apply_filters(self, stmt):
        stmt = stmt.where(Lead.user_id == self.user_id)
        if self.status:
            stmt = stmt.where(Lead.status == self.status)
        if self.created_from:
            stmt = stmt.where(Lead.created_at >= self.created_from)
        if self.created_to:
            stmt = stmt.where(Lead.created_at < self.created_to)
        return stmt

    def statement(self):
        return self._apply_filters(select(Lead)).order_by(Lead.id.desc())

    def count_statement(self):
        return self._apply_filters(select(func.count()).select_from(Lead))


def paginate(session: Session, stmt, page: int, per_page: int = 20):
    return session.scalars(stmt.limit(per_page).offset((page - 1) * per_page)).all()  # expect: scans-all [sa26a] cross


class MonthWindow:
    def __init__(self, start, end):
        self.start = start
        self.end = end

    def apply(self, stmt):
        return stmt.where(Lead.created_at >= self.start, Lead.created_at < self.end)
