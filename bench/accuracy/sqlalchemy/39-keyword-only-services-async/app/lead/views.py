from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from app.database import get_db
from app.lead.service import get, get_all_by_status, get_by_email

router = APIRouter()


@router.get("/leads/lookup")
def lookup_lead(user_id: int, email: str, db_session: Session = Depends(get_db)):
    lead = get_by_email(db_session=db_session, user_id=user_id, email=email)  # expect: scans-all [sa39b] cross
    if not lead:
        raise HTTPException(status_code=404, detail="Lead not found")
    return {"id": lead.id}


@router.get("/leads/stale")
def stale_leads(db_session: Session = Depends(get_db)):
    return [lead.id for lead in get_all_by_status(db_session=db_session, status="new")]  # expect: prunes [sa39c] cross


@router.get("/leads/{lead_id}")
def get_lead(lead_id: int, db_session: Session = Depends(get_db)):
    lead = get(db_session=db_session, lead_id=lead_id)  # expect: scans-all [sa39a] cross
    if not lead:
        raise HTTPException(status_code=404, detail="Lead not found")
    return {"id": lead.id, "company": lead.company}
