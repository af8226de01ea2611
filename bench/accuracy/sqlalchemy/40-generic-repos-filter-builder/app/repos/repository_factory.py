from functools import cached_property

from sqlalchemy.orm import Session

from app.db.models import AgentOutput, Campaign, Lead
from app.repos.repository_generic import RepositoryGeneric, UserRepositoryGeneric
from app.repos.repository_leads import RepositoryLeads
from app.schema.base import CampaignOut, LeadOut, OutputOut

PK_ID = "id"


class AllRepositories:
    def __init__(self, session: Session, *, user_id: int | None = None) -> None:
        self.session = session
        self.user_id = user_id

    @cached_property
    def campaigns(self) -> UserRepositoryGeneric:
        return UserRepositoryGeneric(self.session, PK_ID, Campaign, CampaignOut, user_id=self.user_id)

    @cached_property
    def leads(self) -> RepositoryLeads:
        return RepositoryLeads(self.session, PK_ID, Lead, LeadOut, user_id=self.user_id)

    @cached_property
    def outputs(self) -> RepositoryGeneric:
        return RepositoryGeneric(self.session, PK_ID, AgentOutput, OutputOut)


def get_repositories(session: Session, *, user_id: int | None = None) -> AllRepositories:
    return AllRepositories(session, user_id=user_id)
