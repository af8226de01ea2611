import logging
from typing import Optional

from sqlalchemy.orm import Session

from app.internal.db import get_db, get_db_context
from app.models.tables import Lead

log = logging.getLogger(__name__)


class LeadTable:
    def _apply_filter(self, query, filter: Optional[dict]):
        """The sidebar's search box and sort menu."""
        if filter:
            if filter.get("query"):
                query = query.filter(Lead.company.ilike(f"%{filter['query']}%"))
            order_by = filter.get("order_by") or "created_at"
            column = getattr(Lead, order_by, Lead.created_at)
            query = query.order_by(column.asc() if filter.get("direction") == "asc" else column.desc())
        else:
            query = query.order_by(Lead.created_at.desc())
        return query

    def get_lead_by_id(self, id: int, db: Optional[Session] = None) -> Optional[Lead]:
        try:
            with get_db_context(db) as db:
                return db.query(Lead).filter_by(id=id).first()  # expect: scans-all [sa64a]
        except Exception:
            return None

    def get_lead_by_id_and_user_id(self, id: int, user_id: int, db: Optional[Session] = None) -> Optional[Lead]:
        try:
            with get_db_context(db) as db:
                return db.query(Lead).filter_by(id=id, user_id=user_id).first()  # expect: scans-all [sa64b]
        except Exception:
            return None

    def get_lead_by_share_id(self, share_id: str) -> Optional[Lead]:
        with get_db() as db:
            lead = db.query(Lead).filter_by(email=share_id).first()  # expect: scans-all [sa64c]
            if lead:
                return self.get_lead_by_id(lead.id, db=db)
            return None

    def get_lead_list_by_user_id(
        self,
        user_id: int,
        include_archived: bool = False,
        filter: Optional[dict] = None,
        skip: int = 0,
        limit: int = 50,
        db: Optional[Session] = None,
    ) -> list[Lead]:
        with get_db_context(db) as db:
            query = db.query(Lead).filter_by(user_id=user_id)
            if not include_archived:
                query = query.filter_by(status="active")
            query = self._apply_filter(query, filter)
            if skip:
                query = query.offset(skip)
            if limit:
                query = query.limit(limit)
            return query.all()  # expect: scans-all [sa64d] cross

    def get_leads_by_folder_id_and_user_id(self, folder_id: int, user_id: int, db: Optional[Session] = None) -> list[Lead]:
        with get_db_context(db) as db:
            query = db.query(Lead).filter_by(campaign_id=folder_id, user_id=user_id)
            query = query.filter(Lead.status != "archived")
            return query.all()  # expect: scans-all [sa64e]

    def update_lead_title_by_id(self, id: int, title: str) -> Optional[Lead]:
        try:
            with get_db() as db:
                lead = db.query(Lead).filter_by(id=id).first()  # expect: scans-all [sa64f]
                lead.company = title
                db.commit()  # expect: prunes [sa64g]
                db.refresh(lead)  # expect: prunes [sa64h]
                return lead
        except Exception:
            return None

    def archive_all_leads_by_user_id(self, user_id: int, db: Optional[Session] = None) -> bool:
        with get_db_context(db) as db:
            db.query(Lead).filter_by(user_id=user_id).update({"status": "archived"})  # expect: scans-all [sa64i]
            db.commit()
            return True

    def delete_lead_by_id_and_user_id(self, id: int, user_id: int, db: Optional[Session] = None) -> bool:
        try:
            with get_db_context(db) as db:
                db.query(Lead).filter_by(id=id, user_id=user_id).delete()  # expect: scans-all [sa64j]
                db.commit()
                return True
        except Exception:
            return False

    def get_leads_created_between(self, user_id: int, start, end, db: Optional[Session] = None) -> list[Lead]:
        """The chats of one export window (the export dialog always sends both bounds)."""
        with get_db_context(db) as db:
            return (
                db.query(Lead)
                .filter(Lead.user_id == user_id)
                .filter(Lead.created_at >= start, Lead.created_at < end)
                .order_by(Lead.created_at)
                .all()
            )  # expect: prunes [sa64k]


Leads = LeadTable()
