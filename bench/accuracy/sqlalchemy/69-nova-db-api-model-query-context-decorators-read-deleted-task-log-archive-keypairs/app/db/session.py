import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.db.api import context_manager


def get_engine():
    return create_engine(os.environ["NOVA_DATABASE_URL"])


def configure():
    context_manager.session_factory = sessionmaker(bind=get_engine())
