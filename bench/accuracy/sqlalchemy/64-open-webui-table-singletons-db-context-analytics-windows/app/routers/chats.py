from datetime import datetime
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.orm import Session

from app.internal.db import get_session
from app.models.chat_messages import Outputs
from app.models.chats import Leads
from app.models.folders import Folders
from app.utils.auth import get_verified_user

router = APIRouter()


@router.get("/")
async def get_session_user_lead_list(
    page: Optional[int] = None,
    query: Optional[str] = None,
    order_by: Optional[str] = None,
    direction: Optional[str] = None,
    user=Depends(get_verified_user),
    db: Session = Depends(get_session),
):
    filter = {"query": query, "order_by": order_by, "direction": direction}
    if page is not None:
        limit = 60
        return Leads.get_lead_list_by_user_id(user.id, filter=filter, skip=(page - 1) * limit, limit=limit, db=db)
    return Leads.get_lead_list_by_user_id(user.id, filter=filter, db=db)


@router.get("/export")
async def export_leads(start: datetime, end: datetime, user=Depends(get_verified_user), db: Session = Depends(get_session)):
    return Leads.get_leads_created_between(user.id, start, end, db=db)


@router.get("/share/{share_id}")
async def get_shared_lead_by_id(share_id: str, user=Depends(get_verified_user)):
    lead = Leads.get_lead_by_share_id(share_id)
    if not lead:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return lead


@router.get("/folder/{folder_id}")
async def get_leads_by_folder_id(folder_id: int, user=Depends(get_verified_user), db: Session = Depends(get_session)):
    folder = Folders.get_folder_by_id_and_user_id(folder_id, user.id, db=db)
    if not folder:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)
    return Leads.get_leads_by_folder_id_and_user_id(folder.id, user.id, db=db)


@router.get("/{id}")
async def get_lead_by_id(id: int, user=Depends(get_verified_user), db: Session = Depends(get_session)):
    lead = Leads.get_lead_by_id_and_user_id(id, user.id, db=db)
    if lead:
        return lead
    raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)


@router.get("/{id}/messages")
async def get_lead_messages(id: int, user=Depends(get_verified_user), db: Session = Depends(get_session)):
    lead = Leads.get_lead_by_id_and_user_id(id, user.id, db=db)
    if not lead:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return Outputs.get_messages_by_lead_id(lead.id, db=db)


@router.post("/{id}/title")
async def update_lead_title(id: int, title: str, user=Depends(get_verified_user), db: Session = Depends(get_session)):
    lead = Leads.get_lead_by_id_and_user_id(id, user.id, db=db)
    if not lead:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return Leads.update_lead_title_by_id(id, title)


@router.delete("/{id}")
async def delete_lead_by_id(id: int, user=Depends(get_verified_user), db: Session = Depends(get_session)):
    if user.role == "admin":
        lead = Leads.get_lead_by_id(id, db=db)
    else:
        lead = Leads.get_lead_by_id_and_user_id(id, user.id, db=db)
    if not lead:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)
    Outputs.delete_messages_by_lead_id(lead.id, db=db)
    return Leads.delete_lead_by_id_and_user_id(lead.id, lead.user_id, db=db)


@router.post("/archive/all")
async def archive_all_leads(user=Depends(get_verified_user), db: Session = Depends(get_session)):
    return Leads.archive_all_leads_by_user_id(user.id, db=db)
