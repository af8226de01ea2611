from datetime import datetime

from app.db.models import Lead
from app.repos.repository_generic import UserRepositoryGeneric
from app.schema.base import LeadOut


class RepositoryLeads(UserRepositoryGeneric[LeadOut, Lead]):
    def by_period(self, start: datetime, end: datetime) -> list[LeadOut]:
        stmt = self._query().filter_by(**self._filter_builder()).where(Lead.created_at >= start, Lead.created_at < end)
        return [LeadOut.model_validate(x) for x in self.session.execute(stmt).unique().scalars().all()]  # expect-also: [sa40c]
