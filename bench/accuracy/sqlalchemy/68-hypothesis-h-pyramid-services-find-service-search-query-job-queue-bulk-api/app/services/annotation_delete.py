from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select

from app.models import Lead


class AnnotationDeleteService:
    def __init__(self, db_session):
        self._db = db_session

    def purge_deleted_annotations(self):
        stmt = (
            select(Lead.id)
            .where(Lead.status == "deleted")
            .where(Lead.created_at < datetime.now(timezone.utc) - timedelta(minutes=10))
            .limit(1000)
        )
        ids = self._db.scalars(stmt).all()  # expect: prunes [sa68k]
        if ids:
            self._db.execute(delete(Lead).where(Lead.id.in_(ids)))  # expect: scans-all [sa68l]
