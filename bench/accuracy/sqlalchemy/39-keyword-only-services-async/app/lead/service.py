from datetime import datetime, timedelta, timezone
from typing import Optional

from app.models import Lead


def get(*, db_session, lead_id: int) -> Optional[Lead]:
    return db_session.query(Lead).filter(Lead.id == lead_id).one_or_none()  # expect-also: [sa39a]


def get_by_email(*, db_session, user_id: int, email: str, created_after: Optional[datetime] = None) -> Optional[Lead]:
    q = db_session.query(Lead).filter(Lead.user_id == user_id, Lead.email == email)
    if created_after:
        q = q.filter(Lead.created_at >= created_after)
    return q.first()  # expect-also: [sa39b]


def get_all_by_status(*, db_session, status: str, window: timedelta = timedelta(days=30)) -> list[Lead]:
    since = datetime.now(timezone.utc) - window
    return db_session.query(Lead).filter(Lead.status == status, Lead.created_at >= since).all()
