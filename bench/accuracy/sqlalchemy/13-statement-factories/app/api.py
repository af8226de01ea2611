from app import queries
from app.db import SessionLocal


def recent(since):
    with SessionLocal() as session:
        return session.execute(queries.recent_leads_stmt(since).limit(10)).scalars().all()  # expect: prunes [sa13a] cross


def company(name):
    with SessionLocal() as session:
        return session.scalars(queries.company_stmt(name)).all()  # expect: scans-all [sa13b] cross
