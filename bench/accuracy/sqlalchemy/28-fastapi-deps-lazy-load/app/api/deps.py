from datetime import datetime

from fastapi import Depends, HTTPException
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import Lead


def get_lead(lead_id: int, db: Session = Depends(get_db)) -> Lead:
    lead = db.query(Lead).filter(Lead.id == lead_id).first()  # expect: scans-all [sa28a]
    if lead is None:
        raise HTTPException(status_code=404)
    return lead


def get_dated_lead(lead_id: int, created_at: datetime, db: Session = Depends(get_db)) -> Lead:
    lead = db.get(Lead, (lead_id, created_at))  # expect: prunes [sa28b]
    if lead is None:
        raise HTTPException(status_code=404)
    return lead
