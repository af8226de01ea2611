from datetime import datetime, timedelta, timezone
from typing import Optional

from fastapi import APIRouter, Body, Depends, HTTPException, Path, status

from app import models
from app.database.interface import DBInterface, provide_database_interface
from app.schemas.filters import LeadFilter, LeadFilterCreatedAt, LeadFilterUserId
from app.schemas.sorting import LeadSort

router = APIRouter(prefix="/leads", tags=["Leads"])


@router.post("/filter")
async def read_leads(
    sort: LeadSort = Body(LeadSort.ID_DESC),
    limit: int = Body(200, le=200),
    offset: int = Body(0, ge=0),
    leads: Optional[LeadFilter] = None,
    db: DBInterface = Depends(provide_database_interface),
):
    async with db.session_context() as session:
        return await models.leads.read_leads(session=session, db=db, lead_filter=leads, offset=offset, limit=limit, sort=sort)  # expect: scans-all [sa41a] cross


@router.post("/count")
async def count_leads(
    leads: Optional[LeadFilter] = None,
    output_kind: Optional[str] = Body(None),
    db: DBInterface = Depends(provide_database_interface),
) -> int:
    async with db.session_context() as session:
        return await models.leads.count_leads(db=db, session=session, lead_filter=leads, output_kind=output_kind)  # expect: scans-all [sa41b] cross


@router.get("/dashboard/{user_id}")
async def dashboard(user_id: int, days: int = 7, db: DBInterface = Depends(provide_database_interface)) -> dict:
    since = datetime.now(timezone.utc) - timedelta(days=days)
    recent = LeadFilter(user_id=LeadFilterUserId(any_=[user_id]), created_at=LeadFilterCreatedAt(after_=since))
    async with db.session_context() as session:
        return {
            "recent": await models.leads.count_leads(db=db, session=session, lead_filter=recent),  # expect: prunes [sa41c] cross
            "recent_emailed": await models.leads.count_leads(db=db, session=session, lead_filter=recent, output_kind="email"),  # expect: scans-all [sa41d] cross
        }


@router.get("/{id}")
async def read_lead(lead_id: int = Path(..., alias="id"), db: DBInterface = Depends(provide_database_interface)):
    async with db.session_context() as session:
        lead = await models.leads.read_lead(db=db, session=session, lead_id=lead_id)  # expect: scans-all [sa41e] cross
    if not lead:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Lead not found")
    return lead


@router.delete("/{id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_lead(lead_id: int = Path(..., alias="id"), db: DBInterface = Depends(provide_database_interface)) -> None:
    async with db.session_context(begin_transaction=True) as session:
        deleted = await models.leads.delete_lead(db=db, session=session, lead_id=lead_id)  # expect: scans-all [sa41f] cross
    if not deleted:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Lead not found")
