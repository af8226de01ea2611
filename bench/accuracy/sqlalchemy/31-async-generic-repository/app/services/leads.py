from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AgentOutput, Lead
from app.repositories.leads import AgentOutputRepository, LeadRepository


async def list_recent(session: AsyncSession, user_id: int, since: datetime):
    repo = LeadRepository(session)
    return await repo.get_all(repo.get_user_statement(user_id).where(Lead.created_at >= since).order_by(Lead.created_at.desc()))  # expect: prunes [sa31a] cross


async def find_by_email(session: AsyncSession, user_id: int, email: str):
    repo = LeadRepository(session)
    return await repo.get_one_or_none(repo.get_user_statement(user_id).where(Lead.email == email))  # expect: scans-all [sa31b] cross


async def outputs_of(session: AsyncSession, lead_id: int):
    repo = AgentOutputRepository(session)
    return await repo.get_all(repo.get_base_statement().where(AgentOutput.lead_id == lead_id).order_by(AgentOutput.id))  # expect: scans-all [sa31c] cross


async def count_since(session: AsyncSession, user_id: int, since: datetime) -> int:
    return await session.scalar(select(func.count()).select_from(Lead).where(Lead.user_id == user_id, Lead.created_at >= since))  # expect: prunes [sa31d]


async def archive(session: AsyncSession, ids: list[int]) -> None:
    await session.execute(update(Lead).where(Lead.id.in_(ids)).values(status="archived"))  # expect: scans-all [sa31e]
    await session.commit()
