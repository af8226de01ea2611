import asyncio
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa

from app.database.interface import DBInterface, provide_database_interface


class MarkStaleLeads:
    """A loop service: leads still "new" after the threshold are marked stale, a batch at a time."""

    def __init__(self, loop_seconds: float = 60, batch_size: int = 400, threshold: timedelta = timedelta(days=14)) -> None:
        self.loop_seconds = loop_seconds
        self.batch_size = batch_size
        self.threshold = threshold

    async def run_once(self) -> None:
        db = provide_database_interface()
        while True:
            async with db.session_context(begin_transaction=True) as session:
                query = self._get_stale_leads_query(db)
                result = await session.execute(query)  # expect: prunes [sa41g] cross
                ids = result.scalars().all()
                if ids:
                    await session.execute(sa.update(db.Lead).where(db.Lead.id.in_(ids), db.Lead.created_at <= datetime.now(timezone.utc) - self.threshold).values(status="stale"))  # expect: prunes [sa41h]
            if len(ids) < self.batch_size:
                break

    def _get_stale_leads_query(self, db: DBInterface):
        cutoff = datetime.now(timezone.utc) - self.threshold
        return (
            sa.select(db.Lead.id)
            .where(db.Lead.status == "new", db.Lead.created_at <= cutoff)
            .limit(self.batch_size)
        )

    async def start(self) -> None:
        while True:
            await self.run_once()
            await asyncio.sleep(self.loop_seconds)
