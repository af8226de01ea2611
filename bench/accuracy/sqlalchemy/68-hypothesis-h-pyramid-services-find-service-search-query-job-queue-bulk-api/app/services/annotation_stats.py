from app.models import Lead
from app.services.annotation_read import AnnotationReadService


class AnnotationStatsService:
    def __init__(self, db_session):
        self._db = db_session

    def user_annotation_count(self, userid):
        query = AnnotationReadService.annotation_search_query().where(Lead.user_id == userid)
        return self._db.scalar(AnnotationReadService.count_query(query))  # expect: scans-all [sa68c] cross

    def group_annotation_count(self, groupid, since):
        query = AnnotationReadService.annotation_search_query(groupid=groupid).where(Lead.created_at >= since)
        return self._db.scalar(AnnotationReadService.count_query(query))  # expect: prunes [sa68d] cross


def annotation_stats_factory(_context, request):
    return AnnotationStatsService(request.db)
