import os
from contextlib import asynccontextmanager

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from app import orm_models


class DBInterface:
    """The ORM classes and the session factory, handed to every model function."""

    def __init__(self, url: str) -> None:
        self._engine = create_async_engine(url, pool_pre_ping=True)
        self._sessions = async_sessionmaker(self._engine, expire_on_commit=False)

    @asynccontextmanager
    async def session_context(self, begin_transaction: bool = False):
        async with self._sessions() as session:
            if begin_transaction:
                async with session.begin():
                    yield session
            else:
                yield session

    @property
    def Lead(self):
        return orm_models.Lead

    @property
    def AgentOutput(self):
        return orm_models.AgentOutput

    @property
    def Campaign(self):
        return orm_models.Campaign


_interface: DBInterface | None = None


def provide_database_interface() -> DBInterface:
    global _interface
    if _interface is None:
        _interface = DBInterface(os.environ.get("DATABASE_URL", "postgresql+asyncpg://localhost/app"))
    return _interface


__all__ = ["AsyncSession", "DBInterface", "provide_database_interface"]
