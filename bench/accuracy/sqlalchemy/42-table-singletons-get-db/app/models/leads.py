import logging
from datetime import datetime, timedelta, timezone
from typing import Optional

from pydantic import BaseModel, ConfigDict
from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text

from app.internal.db import Base, get_db

log = logging.getLogger(__name__)

####################
# Lead DB Schema
####################


class Campaign(Base):
    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)


class Lead(Base):
    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="new")
    created_at = Column(DateTime(timezone=True), primary_key=True)


class AgentOutput(Base):
    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)


class LeadModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    user_id: int
    company: str
    email: str
    status: str
    created_at: datetime


class LeadTitleIdResponse(BaseModel):
    id: int
    company: str
    created_at: datetime


####################
# LeadTable
####################


class LeadTable:
    def get_lead_by_id(self, id: int) -> Optional[LeadModel]:
        try:
            with get_db() as db:
                lead = db.query(Lead).filter_by(id=id).first()  # expect-also: [sa42a]
                return LeadModel.model_validate(lead) if lead else None
        except Exception:
            return None

    def get_lead_by_id_and_user_id(self, id: int, user_id: int, created_at: Optional[datetime] = None) -> Optional[LeadModel]:
        with get_db() as db:
            query = db.query(Lead).filter_by(id=id, user_id=user_id)
            if created_at is not None:
                query = query.filter_by(created_at=created_at)
            lead = query.first()  # expect-also: [sa42e]
            return LeadModel.model_validate(lead) if lead else None

    def get_lead_list_by_user_id(
        self,
        user_id: int,
        include_archived: bool = False,
        since: Optional[datetime] = None,
        skip: int = 0,
        limit: int = 50,
    ) -> list[LeadModel]:
        # The sidebar never lists more than the last 30 days.
        since = since or datetime.now(timezone.utc) - timedelta(days=30)
        with get_db() as db:
            query = db.query(Lead).filter_by(user_id=user_id).filter(Lead.created_at >= since)
            if not include_archived:
                query = query.filter(Lead.status != "archived")
            query = query.order_by(Lead.created_at.desc())
            if skip:
                query = query.offset(skip)
            if limit:
                query = query.limit(limit)
            return [LeadModel.model_validate(lead) for lead in query.all()]

    def get_lead_title_id_list_by_user_id(self, user_id: int, skip: Optional[int] = None, limit: Optional[int] = None) -> list[LeadTitleIdResponse]:
        with get_db() as db:
            query = db.query(Lead).filter_by(user_id=user_id).order_by(Lead.created_at.desc())
            if skip:
                query = query.offset(skip)
            if limit:
                query = query.limit(limit)
            rows = query.with_entities(Lead.id, Lead.company, Lead.created_at).all()  # expect-also: [sa42c]
            return [LeadTitleIdResponse(id=r[0], company=r[1], created_at=r[2]) for r in rows]

    def delete_outputs_by_lead_id(self, lead_id: int) -> bool:
        try:
            with get_db() as db:
                db.query(AgentOutput).filter_by(lead_id=lead_id).delete()  # expect-also: [sa42d]
                db.commit()
                return True
        except Exception:
            return False

    def archive_leads_older_than(self, user_id: int, older_than: datetime) -> int:
        with get_db() as db:
            count = db.query(Lead).filter_by(user_id=user_id).filter(Lead.created_at < older_than).update({"status": "archived"})
            db.commit()
            return count


Leads = LeadTable()
