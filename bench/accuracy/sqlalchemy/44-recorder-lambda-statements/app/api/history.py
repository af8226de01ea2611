from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Request

from app.recorder.history import get_significant_leads_with_session
from app.recorder.util import session_scope

router = APIRouter()


@router.get("/history/period")
def history_period(request: Request, hours: int = 24):
    start_time = datetime.now(timezone.utc) - timedelta(hours=hours)
    with session_scope(hass=request.app.state.hass, read_only=True) as session:
        rows = get_significant_leads_with_session(session, start_time)
    return [{"id": r.id, "status": r.status, "created_at": r.created_at.isoformat()} for r in rows]
