from sqlalchemy.orm import declarative_base, scoped_session, sessionmaker

# The request-scoped session every model and controller uses.
Session = scoped_session(sessionmaker(expire_on_commit=True))

Base = declarative_base()
