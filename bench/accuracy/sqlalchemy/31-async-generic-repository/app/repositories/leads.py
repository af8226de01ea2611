from app.models import AgentOutput, Lead
from app.repositories.base import RepositoryBase


class LeadRepository(RepositoryBase[Lead]):
    model = Lead

    def get_user_statement(self, user_id: int):
        return self.get_base_statement().where(Lead.user_id == user_id)


class AgentOutputRepository(RepositoryBase[AgentOutput]):
    model = AgentOutput
