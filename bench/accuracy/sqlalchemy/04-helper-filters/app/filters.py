from app.models import Lead


def in_window(stmt, since, until):
    return stmt.where(Lead.created_at >= since, Lead.created_at < until)


def by_status(stmt, status):
    return stmt.where(Lead.status == status).order_by(Lead.id)
