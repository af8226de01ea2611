from app.db import SessionLocal
from app.repositories import LeadRepository, OutputRepository


def export_all():
    with SessionLocal() as session:
        return LeadRepository(session).list()  # expect: scans-all [sa18a] cross


def export_recent(since):
    with SessionLocal() as session:
        return OutputRepository(session).created_since(since)  # expect: prunes [sa18b] cross
