import os

from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import scoped_session, sessionmaker
from sqlalchemy import create_engine

engine = create_engine(os.environ.get("DATABASE_URL", "postgresql+psycopg2://localhost/app"))
session = scoped_session(sessionmaker(bind=engine))

async_engine = create_async_engine(os.environ.get("ASYNC_DATABASE_URL", "postgresql+asyncpg://localhost/app"))
AsyncSessionLocal = async_sessionmaker(async_engine, expire_on_commit=False)


async def get_async_session():
    async with AsyncSessionLocal() as s:
        yield s
