from sqlalchemy import func, or_, select
from sqlalchemy.orm import subqueryload

from app.models import Lead


class AnnotationReadService:
    """Reads annotations."""

    def __init__(self, db_session):
        self._db = db_session

    def get_annotation_by_id(self, id_):
        return self._db.scalars(select(Lead).where(Lead.id == id_)).one_or_none()  # expect: scans-all [sa68a]

    def get_annotations_by_id(self, ids, eager_load=None):
        if not ids:
            return []
        annotations = self._db.execute(
            self.annotation_search_query(ids=ids, eager_load=eager_load, include_deleted=True, include_private=True)
        ).scalars()  # expect: scans-all [sa68b] cross
        return sorted(annotations, key=lambda annotation: ids.index(annotation.id))

    @staticmethod
    def annotation_search_query(ids=None, *, eager_load=None, groupid=None, include_private=False, include_deleted=False, moderation_status=None):
        query = select(Lead)
        if not include_deleted:
            query = query.where(Lead.status != "deleted")
        if not include_private:
            query = query.where(Lead.email != "private")
        if ids:
            query = query.where(Lead.id.in_(ids))
        if groupid:
            query = query.where(Lead.campaign_id == groupid)
        if moderation_status:
            if moderation_status == "approved":
                query = query.where(or_(Lead.status.is_(None), Lead.status == "approved"))
            else:
                query = query.where(Lead.status == moderation_status)
        if eager_load:
            query = query.options(*(subqueryload(prop) for prop in eager_load))
        return query

    @staticmethod
    def count_query(query):
        return query.with_only_columns(func.count(Lead.id))


def service_factory(_context, request):
    return AnnotationReadService(db_session=request.db)
