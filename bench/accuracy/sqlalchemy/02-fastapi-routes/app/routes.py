from datetime import datetime

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import AgentOutput, Lead

router = APIRouter(prefix="/leads")


@router.get("/")
def list_leads(status: str = "new", skip: int = 0, limit: int = 100, db: Session = Depends(get_db)):
    return db.query(Lead).filter(Lead.status == status).offset(skip).limit(limit).all()  # expect: scans-all [sa02a]


@router.get("/since")
def leads_since(since: datetime, db: Session = Depends(get_db)):
    return db.query(Lead).filter(Lead.created_at >= since).order_by(Lead.created_at.desc()).all()  # expect: prunes [sa02b]


@router.get("/{lead_id}/outputs/latest")
def latest_output(lead_id: int, db: Session = Depends(get_db)):
    return db.query(AgentOutput).filter_by(lead_id=lead_id).order_by(AgentOutput.created_at.desc()).first()  # expect: scans-all [sa02c]


@router.get("/{lead_id}/outputs")
def outputs_since(lead_id: int, since: datetime, db: Session = Depends(get_db)):
    return db.query(AgentOutput).filter(AgentOutput.lead_id == lead_id, AgentOutput.created_at >= since).all()  # expect: prunes [sa02d]
