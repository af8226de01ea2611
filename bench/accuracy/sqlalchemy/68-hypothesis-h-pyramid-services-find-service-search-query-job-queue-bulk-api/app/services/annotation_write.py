from datetime import datetime, timezone

from sqlalchemy import update

from app.models import Lead


class AnnotationWriteService:
    def __init__(self, db_session, queue_service):
        self._db = db_session
        self._queue_service = queue_service

    def update_annotation(self, annotation, data):
        for key, value in data.items():
            setattr(annotation, key, value)
        self._db.flush()  # expect: prunes [sa68i]
        self._queue_service.add_by_id("sync_annotation", annotation.id, datetime.now(timezone.utc))
        return annotation

    def hide(self, annotation):
        self._db.execute(update(Lead).where(Lead.id == annotation.id).values(status="hidden"))  # expect: scans-all [sa68j]
