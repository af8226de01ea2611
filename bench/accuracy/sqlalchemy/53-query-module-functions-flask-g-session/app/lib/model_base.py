from sqlalchemy import create_engine
from sqlalchemy.orm import scoped_session, sessionmaker


def create_session(db_url):
    engine = create_engine(db_url, pool_recycle=3600)
    return scoped_session(sessionmaker(bind=engine))
