from typing import Generic, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

M = TypeVar("M")


class RepositoryBase(Generic[M]):
    model: type[M]

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def get_base_statement(self) -> Select:
        return select(self.model)

    async def get_all(self, statement: Select) -> list[M]:
        result = await self.session.execute(statement)  # expect-also: [sa31c]
        return list(result.scalars().unique().all())

    async def get_one_or_none(self, statement: Select) -> M | None:
        result = await self.session.execute(statement)  # expect-also: [sa31b]
        return result.scalars().unique().one_or_none()
