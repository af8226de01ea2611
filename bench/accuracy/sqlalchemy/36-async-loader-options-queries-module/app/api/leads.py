from datetime import datetime

from fastapi import APIRouter, Depends
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from app import queries
from app.db import get_session
from app.models import AgentOutput, Lead

router = APIRouter()


@router.get("/users/{user_id}/leads")
async def list_leads(user_id: int, since: datetime, session: AsyncSession = Depends(get_session)):
    leads = (await session.scalars(queries.leads_with_outputs(user_id, since))).all()  # expect: scans-all [sa36a] cross
    return [{"id": l.id, "outputs": len(l.outputs)} for l in leads]


@router.get("/outputs")
async def list_outputs(since: datetime, session: AsyncSession = Depends(get_session)):
    result = await session.execute(queries.outputs_with_lead(since))  # expect: scans-all [sa36b] cross
    return [{"id": o.id, "company": o.lead.company} for o in result.scalars()]


@router.get("/users/{user_id}/stats")
async def stats(user_id: int, start: datetime, end: datetime, session: AsyncSession = Depends(get_session)):
    rows = (await session.execute(queries.status_counts(user_id, start, end))).all()  # expect: prunes [sa36c] cross
    return dict(rows)


@router.get("/leads/{lead_id}/{created_at}")
async def read_lead(lead_id: int, created_at: datetime, session: AsyncSession = Depends(get_session)):
    lead = await session.get(Lead, (lead_id, created_at))  # expect: prunes [sa36d]
    return {"id": lead.id} if lead else None


@router.delete("/leads/{lead_id}/{created_at}/outputs")
async def clear_outputs(lead_id: int, created_at: datetime, session: AsyncSession = Depends(get_session)):
    await session.execute(delete(AgentOutput).where(AgentOutput.lead_id == lead_id, AgentOutput.created_at >= created_at))  # expect: prunes [sa36e]
    await session.commit()
