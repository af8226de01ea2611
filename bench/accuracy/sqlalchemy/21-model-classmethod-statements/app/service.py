from app.models import Lead


def company(session, name):
    return session.scalars(Lead.of_company(name)).all()  # expect: scans-all [sa21a] cross


def recent(session, since):
    return session.scalars(Lead.created_since(since).limit(100)).all()  # expect: prunes [sa21b] cross
