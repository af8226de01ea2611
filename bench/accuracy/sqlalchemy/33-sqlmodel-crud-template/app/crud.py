from datetime import datetime

from sqlmodel import Session, func, select

from app.models import Lead


def owned_leads(owner_id: int):
    return select(Lead).where(Lead.user_id == owner_id)


def count_owned(owner_id: int):
    return select(func.count()).select_from(Lead).where(Lead.user_id == owner_id)


def get_leads_since(*, session: Session, owner_id: int, since: datetime) -> list[Lead]:
    statement = owned_leads(owner_id).where(Lead.created_at >= since).order_by(Lead.created_at.desc())
    return list(session.exec(statement).all())  # expect: prunes [sa33c] cross
