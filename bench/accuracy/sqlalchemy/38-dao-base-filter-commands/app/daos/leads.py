from datetime import datetime, timedelta, timezone

from app.daos.base import BaseDAO
from app.models import AgentOutput, Lead


class RecentLeadsFilter:
    # Leads older than the retention window are archived elsewhere and never shown.
    def apply(self, query):
        return query.filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=90))


class LeadDAO(BaseDAO[Lead]):
    model_cls = Lead
    base_filter = RecentLeadsFilter


class OutputDAO(BaseDAO[AgentOutput]):
    model_cls = AgentOutput
