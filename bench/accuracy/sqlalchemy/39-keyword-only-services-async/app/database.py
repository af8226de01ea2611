import os

from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(os.environ.get("DATABASE_URL", "postgresql+psycopg2://localhost/app"))
SessionLocal = sessionmaker(bind=engine)
async_engine = create_async_engine(os.environ.get("ASYNC_DATABASE_URL", "postgresql+asyncpg://localhost/app"))
AsyncSessionLocal = async_sessionmaker(async_engine, expire_on_commit=False)


def get_db():
    db_session = SessionLocal()
    try:
        yield db_session
    finally:
        db_session.close()
