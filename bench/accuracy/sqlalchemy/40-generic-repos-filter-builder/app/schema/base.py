from datetime import datetime

from pydantic import BaseModel, ConfigDict


class AppModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    @classmethod
    def loader_options(cls) -> list:
        # Schemas with nested relations override this with their eager loads.
        return []


class CampaignOut(AppModel):
    id: int
    user_id: int
    name: str
    archived: bool


class LeadOut(AppModel):
    id: int
    company: str
    email: str
    status: str
    created_at: datetime


class OutputOut(AppModel):
    id: int
    lead_id: int
    kind: str
    created_at: datetime


class PaginationQuery(BaseModel):
    page: int = 1
    per_page: int = 50
    order_by: str | None = None


class PaginationBase(BaseModel):
    page: int
    per_page: int
    total: int
    items: list
