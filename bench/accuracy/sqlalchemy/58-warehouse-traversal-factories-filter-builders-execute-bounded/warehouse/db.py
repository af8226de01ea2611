from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

Session = sessionmaker()


def _create_session(request):
    engine = request.registry["sqlalchemy.engine"]
    session = Session(bind=engine)
    request.tm.join(session)
    return session


def includeme(config):
    config.registry["sqlalchemy.engine"] = create_engine(config.registry.settings["database.url"])
    # Every view reaches the session as request.db.
    config.add_request_method(_create_session, name="db", reify=True)
