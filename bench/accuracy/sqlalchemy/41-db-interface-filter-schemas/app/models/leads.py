from typing import Optional

import sqlalchemy as sa
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.database.interface import DBInterface
from app.schemas.filters import LeadFilter
from app.schemas.sorting import LeadSort


async def read_lead(db: DBInterface, session: AsyncSession, lead_id: int):
    result = await session.execute(select(db.Lead).where(db.Lead.id == lead_id))  # expect-also: [sa41e]
    return result.scalar()


async def _apply_lead_filters(db: DBInterface, query, lead_filter: Optional[LeadFilter] = None, output_kind: Optional[str] = None):
    if lead_filter:
        query = query.where(lead_filter.as_sql_filter())
    if output_kind:
        outputs_exist = select(db.AgentOutput).where(db.AgentOutput.lead_id == db.Lead.id, db.AgentOutput.kind == output_kind)
        query = query.where(outputs_exist.exists())
    return query


async def read_leads(
    db: DBInterface,
    session: AsyncSession,
    lead_filter: Optional[LeadFilter] = None,
    offset: Optional[int] = None,
    limit: Optional[int] = None,
    sort: LeadSort = LeadSort.ID_DESC,
):
    query = select(db.Lead).order_by(*sort.as_sql_sort())
    query = await _apply_lead_filters(db, query, lead_filter=lead_filter)
    if offset is not None:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    result = await session.execute(query)  # expect-also: [sa41a]
    return result.scalars().unique().all()


async def count_leads(db: DBInterface, session: AsyncSession, lead_filter: Optional[LeadFilter] = None, output_kind: Optional[str] = None) -> int:
    query = select(sa.func.count(sa.text("*"))).select_from(db.Lead)
    query = await _apply_lead_filters(db, query, lead_filter=lead_filter, output_kind=output_kind)
    result = await session.execute(query)
    return result.scalar_one()


async def delete_lead(db: DBInterface, session: AsyncSession, lead_id: int) -> bool:
    result = await session.execute(delete(db.Lead).where(db.Lead.id == lead_id))  # expect-also: [sa41f]
    return result.rowcount > 0
