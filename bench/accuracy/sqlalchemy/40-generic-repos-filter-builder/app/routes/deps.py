import os
from collections.abc import Generator

from fastapi import Depends, Header
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from app.repos.repository_factory import AllRepositories, get_repositories

engine = create_engine(os.environ.get("DATABASE_URL", "postgresql+psycopg2://localhost/app"))
SessionLocal = sessionmaker(bind=engine, autoflush=False)


def generate_session() -> Generator[Session, None, None]:
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()


class BaseUserController:
    """Every route of a controller gets the session and the repositories of the signed-in user."""

    def __init__(self, session: Session = Depends(generate_session), x_user_id: int = Header()) -> None:
        self.session = session
        self.user_id = x_user_id

    @property
    def repos(self) -> AllRepositories:
        return get_repositories(self.session, user_id=self.user_id)
