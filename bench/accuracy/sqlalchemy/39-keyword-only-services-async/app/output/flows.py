from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import AsyncSessionLocal
from app.models import AgentOutput, Lead


async def purge_outputs(session: AsyncSession, lead: Lead):
    await session.execute(delete(AgentOutput).where(AgentOutput.lead_id == lead.id))  # expect: scans-all [sa39d]
    await session.commit()


async def count_outputs(session: AsyncSession, lead: Lead) -> int:
    return await session.scalar(select(func.count(AgentOutput.id)).where(AgentOutput.lead_id == lead.id, AgentOutput.created_at >= lead.created_at))  # expect: prunes [sa39e]


async def outputs_summary(lead: Lead) -> dict:
    async with AsyncSessionLocal() as session:
        return {"lead_id": lead.id, "outputs": await count_outputs(session, lead)}
