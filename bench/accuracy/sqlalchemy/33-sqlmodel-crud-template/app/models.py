from datetime import datetime

from sqlmodel import Field, SQLModel


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int = Field(primary_key=True)
    email: str
    created_at: datetime


class LeadBase(SQLModel):
    company: str
    email: str
    status: str = "new"


class Lead(LeadBase, table=True):
    __tablename__ = "leads"

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(primary_key=True)
    user_id: int = Field(index=True)
    campaign_id: int | None = None


class LeadPublic(LeadBase):
    id: int
    created_at: datetime


class LeadsPublic(SQLModel):
    data: list[LeadPublic]
    count: int
