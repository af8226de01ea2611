from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker


class Database:
    """The database layer: one session (the "store") for the process, committed at the end of each unit of work."""

    def __init__(self, url):
        self.engine = create_engine(url)
        self.store = sessionmaker(bind=self.engine)()

    def commit(self):
        self.store.commit()

    def abort(self):
        self.store.rollback()


class Configuration:
    db = None


config = Configuration()
