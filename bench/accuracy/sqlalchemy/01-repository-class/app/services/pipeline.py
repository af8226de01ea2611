from datetime import datetime, timedelta, timezone

from app.models import Lead
from app.repositories.leads import LeadRepository


class PipelineService:
    def __init__(self, session):
        self.session = session
        self.leads = LeadRepository(session)

    def recent_for_user(self, user_id):
        since = datetime.now(timezone.utc) - timedelta(days=30)
        return self.session.execute(self.leads.query_for_user(user_id).where(Lead.created_at >= since)).scalars().all()  # expect: prunes [sa01c] cross

    def top_for_user(self, user_id):
        return self.session.scalars(self.leads.query_for_user(user_id).order_by(Lead.id.desc()).limit(10)).all()  # expect: scans-all [sa01d] cross
