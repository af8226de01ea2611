from datetime import datetime

from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.daos.leads import LeadDAO, leads_of_user
from app.db import get_async_session
from app.models import Lead

router = APIRouter()


@router.get("/leads/{lead_id}")
def get_lead(lead_id: int):
    return LeadDAO.find_by_id(lead_id)


@router.get("/leads")
def get_leads(ids: list[int]):
    return LeadDAO.find_by_ids(ids)


@router.get("/users/{user_id}/leads")
async def user_leads(user_id: int, start: datetime, end: datetime, db: AsyncSession = Depends(get_async_session)):
    stmt = leads_of_user(user_id).where(Lead.created_at.between(start, end))
    result = await db.execute(stmt)  # expect: prunes [sa24c] cross
    return result.scalars().all()


@router.get("/users/{user_id}/leads/latest")
async def latest(user_id: int, db: AsyncSession = Depends(get_async_session)):
    rows = await db.scalars(leads_of_user(user_id).order_by(Lead.id.desc()).limit(20))  # expect: scans-all [sa24d] cross
    return rows.all()


@router.get("/leads/by-status/{status}")
async def by_status(status: str, since: datetime, db: AsyncSession = Depends(get_async_session)):
    result = await db.execute(select(Lead.id, Lead.email).where(Lead.status == status, Lead.created_at >= since))  # expect: prunes [sa24e]
    return [dict(r._mapping) for r in result]
