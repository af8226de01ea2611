from sqlalchemy import create_engine
from sqlalchemy.orm import declarative_base, scoped_session, sessionmaker


class DbSession:
    def __init__(self, connection_string="postgresql:///todo"):
        self.engine = create_engine(connection_string)
        self.session = scoped_session(sessionmaker(autocommit=False, autoflush=False, bind=self.engine))
        self.Base = declarative_base()
        self.Base.query = self.session.query_property()


db = DbSession()
Base = db.Base
