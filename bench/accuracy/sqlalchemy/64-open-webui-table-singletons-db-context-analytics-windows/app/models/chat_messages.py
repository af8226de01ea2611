from datetime import datetime
from typing import Optional

from sqlalchemy import distinct, func
from sqlalchemy.orm import Session

from app.internal.db import get_db_context
from app.models.tables import AgentOutput


class OutputTable:
    def get_messages_by_lead_id(self, lead_id: int, db: Optional[Session] = None) -> list[AgentOutput]:
        with get_db_context(db) as db:
            return db.query(AgentOutput).filter_by(lead_id=lead_id).order_by(AgentOutput.created_at).all()  # expect: scans-all [sa64l]

    def delete_messages_by_lead_id(self, lead_id: int, db: Optional[Session] = None) -> bool:
        with get_db_context(db) as db:
            db.query(AgentOutput).filter_by(lead_id=lead_id).delete()  # expect: scans-all [sa64m]
            db.commit()
            return True

    # Analytics methods
    def get_message_count_by_model(
        self,
        start_date: Optional[datetime] = None,
        end_date: Optional[datetime] = None,
        db: Optional[Session] = None,
    ) -> dict[str, int]:
        with get_db_context(db) as db:
            query = db.query(AgentOutput.body, func.count(AgentOutput.id).label("count")).filter(
                AgentOutput.kind == "assistant",
                AgentOutput.body.isnot(None),
            )
            if start_date:
                query = query.filter(AgentOutput.created_at >= start_date)
            if end_date:
                query = query.filter(AgentOutput.created_at <= end_date)
            results = query.group_by(AgentOutput.body).all()  # expect: scans-all [sa64n] cross
            return {model_id: count for model_id, count in results}

    def get_lead_ids_by_model_id(
        self,
        model_id: str,
        start_date: Optional[datetime] = None,
        end_date: Optional[datetime] = None,
        skip: int = 0,
        limit: int = 50,
        db: Optional[Session] = None,
    ) -> list[int]:
        with get_db_context(db) as db:
            query = db.query(distinct(AgentOutput.lead_id)).filter(AgentOutput.body == model_id)
            if start_date:
                query = query.filter(AgentOutput.created_at >= start_date)
            if end_date:
                query = query.filter(AgentOutput.created_at <= end_date)
            lead_ids = query.offset(skip).limit(limit).all()  # expect: prunes [sa64o] cross
            return [lead_id for (lead_id,) in lead_ids]

    def get_daily_message_counts(self, start_date: datetime, end_date: datetime, db: Optional[Session] = None) -> dict:
        with get_db_context(db) as db:
            day = func.date_trunc("day", AgentOutput.created_at)
            rows = (
                db.query(day.label("day"), func.count(AgentOutput.id))
                .filter(AgentOutput.created_at >= start_date, AgentOutput.created_at < end_date)
                .group_by(day)
                .all()
            )  # expect: prunes [sa64p] cross
            return {d.date().isoformat(): c for d, c in rows}


Outputs = OutputTable()
