import sqlalchemy as sa
import sqlalchemy.orm as sa_orm
from flask import abort, request
from flask_login import current_user

from app.extensions import db
from app.utils.database import HideableMixin


def hidden(stmt, hidden=None):
    """Hide the hidden rows of every hideable entity of `stmt`, unless the user may see them."""
    if hidden is None and getattr(current_user, "is_moderator", False):
        return stmt
    for desc in stmt.column_descriptions:
        entity = desc.get("entity")
        if entity is not None and issubclass(entity, HideableMixin):
            stmt = stmt.where(entity.hidden_clause() if hidden else ~entity.hidden_clause())
    return stmt


def first_or_404(stmt, hidden_check=None, description=None):
    if hidden_check is not None:
        stmt = hidden(stmt)
    value = db.session.execute(stmt).scalar()
    if value is None:
        abort(404, description=description)
    return value


class Page:
    def __init__(self, items, total, page, per_page):
        self.items, self.total, self.page, self.per_page = items, total, page, per_page


def paginate(select, *, page=None, per_page=20):
    page = page or request.args.get("page", 1, type=int)
    items = db.session.execute(select.limit(per_page).offset((page - 1) * per_page)).scalars().all()
    sub = select.options(sa_orm.lazyload("*")).order_by(None).subquery()
    total = db.session.execute(sa.select(sa.func.count()).select_from(sub)).scalar()
    return Page(items, total, page, per_page)
