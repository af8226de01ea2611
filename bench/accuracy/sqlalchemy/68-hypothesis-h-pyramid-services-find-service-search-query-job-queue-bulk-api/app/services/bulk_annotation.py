from sqlalchemy import select

from app.models import Campaign, Lead


class BulkAnnotationService:
    def __init__(self, db):
        self._db = db

    @staticmethod
    def _audience_filter(query, group_ids):
        return query.where(Lead.campaign_id.in_(group_ids)).where(Lead.status != "deleted")

    def annotation_search(self, user_id, updated_after, updated_before, limit=100000):
        group_ids = [g.id for g in self._db.scalars(select(Campaign).where(Campaign.user_id == user_id))]  # expect: prunes [sa68s]
        query = select(Lead.id, Lead.user_id, Lead.created_at).where(Lead.created_at.between(updated_after, updated_before))
        query = self._audience_filter(query, group_ids).order_by(Lead.created_at).limit(limit)
        return self._db.execute(query).all()  # expect: prunes [sa68t] cross
