from datetime import timedelta

from app.extensions import db
from app.models import Lead


def user_leads(user_id, status=None):
    stmt = db.select(Lead).filter_by(user_id=user_id)
    if status:
        stmt = stmt.filter_by(status=status)
    return stmt.order_by(Lead.created_at.desc())


def month_bounds(day):
    start = day.replace(day=1)
    end = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start, end
