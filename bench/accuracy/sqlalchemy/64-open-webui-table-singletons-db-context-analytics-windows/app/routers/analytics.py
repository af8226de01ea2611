from typing import Optional

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from app.internal.db import get_session
from app.models.chat_messages import Outputs
from app.models.chats import Leads
from app.utils.auth import get_admin_user
from app.utils.misc import epoch_to_datetime, window_for_days

router = APIRouter()


@router.get("/models")
async def get_model_analytics(
    start_date: Optional[int] = Query(None, description="Start timestamp (epoch)"),
    end_date: Optional[int] = Query(None, description="End timestamp (epoch)"),
    user=Depends(get_admin_user),
    db: Session = Depends(get_session),
):
    counts = Outputs.get_message_count_by_model(
        start_date=epoch_to_datetime(start_date), end_date=epoch_to_datetime(end_date), db=db
    )
    return {"models": [{"model_id": m, "count": c} for m, c in sorted(counts.items(), key=lambda x: -x[1])]}


@router.get("/models/{model_id}/chats")
async def get_model_chats(
    model_id: str,
    days: int = Query(30, ge=1, le=365),
    skip: int = 0,
    limit: int = 50,
    user=Depends(get_admin_user),
    db: Session = Depends(get_session),
):
    start_date, end_date = window_for_days(days)
    lead_ids = Outputs.get_lead_ids_by_model_id(
        model_id, start_date=start_date, end_date=end_date, skip=skip, limit=limit, db=db
    )
    return [Leads.get_lead_by_id(lead_id, db=db) for lead_id in lead_ids]


@router.get("/daily")
async def get_daily_counts(days: int = Query(7, ge=1, le=90), user=Depends(get_admin_user), db: Session = Depends(get_session)):
    start_date, end_date = window_for_days(days)
    return Outputs.get_daily_message_counts(start_date, end_date, db=db)
