from datetime import datetime, timedelta, timezone
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, status

from app.models.leads import LeadModel, Leads, LeadTitleIdResponse
from app.utils.auth import get_verified_user

router = APIRouter()


@router.get("/", response_model=list[LeadTitleIdResponse])
async def get_session_user_lead_list(user=Depends(get_verified_user), page: Optional[int] = None):
    if page is None:
        page = 1
    limit = 60
    skip = (page - 1) * limit
    return Leads.get_lead_title_id_list_by_user_id(user.id, skip=skip, limit=limit)  # expect: scans-all [sa42c] cross


@router.get("/sidebar", response_model=list[LeadModel])
async def get_sidebar_leads(user=Depends(get_verified_user), include_archived: bool = False):
    return Leads.get_lead_list_by_user_id(user.id, include_archived=include_archived, limit=20)  # expect: prunes [sa42b] cross


@router.get("/{id}", response_model=Optional[LeadModel])
async def get_lead_by_id(id: int, user=Depends(get_verified_user)):
    if user.role == "admin":
        lead = Leads.get_lead_by_id(id)  # expect: scans-all [sa42a] cross
    else:
        lead = Leads.get_lead_by_id_and_user_id(id, user.id)  # expect: scans-all [sa42e] cross
    if lead is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Not found")
    return lead


@router.delete("/{id}/outputs", response_model=bool)
async def delete_lead_outputs(id: int, user=Depends(get_verified_user)):
    return Leads.delete_outputs_by_lead_id(id)  # expect: scans-all [sa42d] cross


@router.post("/archive", response_model=int)
async def archive_old_leads(user=Depends(get_verified_user), days: int = 90):
    return Leads.archive_leads_older_than(user.id, datetime.now(timezone.utc) - timedelta(days=days))  # expect: prunes [sa42f] cross
