from datetime import datetime, timedelta, timezone
from typing import Any

from fastapi import APIRouter, HTTPException
from sqlmodel import select

from app import crud
from app.api.deps import CurrentUser, SessionDep
from app.models import Lead, LeadPublic, LeadsPublic

router = APIRouter(prefix="/leads", tags=["leads"])


@router.get("/", response_model=LeadsPublic)
def read_leads(session: SessionDep, current_user: CurrentUser, skip: int = 0, limit: int = 100) -> Any:
    count_statement = crud.count_owned(current_user.id)
    count = session.exec(count_statement).one()  # expect: scans-all [sa33a] cross
    statement = crud.owned_leads(current_user.id).offset(skip).limit(limit)
    leads = session.exec(statement).all()  # expect: scans-all [sa33b] cross
    return LeadsPublic(data=leads, count=count)


@router.get("/recent", response_model=list[LeadPublic])
def read_recent(session: SessionDep, current_user: CurrentUser, days: int = 7) -> Any:
    since = datetime.now(timezone.utc) - timedelta(days=days)
    return crud.get_leads_since(session=session, owner_id=current_user.id, since=since)


@router.get("/{id}/{created_at}", response_model=LeadPublic)
def read_lead(session: SessionDep, current_user: CurrentUser, id: int, created_at: datetime) -> Any:
    lead = session.get(Lead, (id, created_at))  # expect: prunes [sa33d]
    if not lead or lead.user_id != current_user.id:
        raise HTTPException(status_code=404, detail="Lead not found")
    return lead


@router.delete("/{id}")
def delete_lead(session: SessionDep, current_user: CurrentUser, id: int) -> Any:
    lead = session.exec(select(Lead).where(Lead.id == id, Lead.user_id == current_user.id)).first()  # expect: scans-all [sa33e]
    if not lead:
        raise HTTPException(status_code=404, detail="Lead not found")
    session.delete(lead)
    session.commit()  # expect: prunes [sa33f]
    return {"message": "Lead deleted successfully"}
