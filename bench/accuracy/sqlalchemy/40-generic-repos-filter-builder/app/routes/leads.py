from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException

from app.routes.deps import BaseUserController

router = APIRouter(prefix="/leads")


@router.get("/period")
def leads_in_period(start: datetime, end: datetime, controller: BaseUserController = Depends()):
    return controller.repos.leads.by_period(start, end)  # expect: prunes [sa40c] cross


@router.get("/by-email")
def lead_by_email(email: str, controller: BaseUserController = Depends()):
    lead = controller.repos.leads.get_one(email, key="email")  # expect: scans-all [sa40d] cross
    if lead is None:
        raise HTTPException(status_code=404)
    return lead


@router.get("/{lead_id}/outputs")
def lead_outputs(lead_id: int, controller: BaseUserController = Depends()):
    return controller.repos.outputs.multi_query({"lead_id": lead_id}, limit=50, order_by="created_at")  # expect: scans-all [sa40e] cross


@router.get("/stats/new")
def new_leads(controller: BaseUserController = Depends()):
    return {"new": controller.repos.leads.count_all(match_key="status", match_value="new")}  # expect: scans-all [sa40f] cross
