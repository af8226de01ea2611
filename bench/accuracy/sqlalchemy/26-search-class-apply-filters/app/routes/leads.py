from datetime import datetime

from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import Lead
from app.search.leads import LeadSearch, MonthWindow, paginate

router = APIRouter()


@router.get("/leads")
def list_leads(user_id: int, status: str | None = None, page: int = 1, db: Session = Depends(get_db)):
    search = LeadSearch(user_id=user_id, status=status)
    total = db.scalar(search.count_statement())  # expect: scans-all [sa26b] cross
    return {"total": total, "rows": paginate(db, search.statement(), page)}


@router.get("/leads/month")
def month(start: datetime, end: datetime, db: Session = Depends(get_db)):
    stmt = MonthWindow(start, end).apply(select(Lead).where(Lead.status == "won"))
    return db.scalars(stmt).all()  # expect: prunes [sa26c] cross
