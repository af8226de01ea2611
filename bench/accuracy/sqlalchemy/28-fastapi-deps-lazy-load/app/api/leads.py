from fastapi import APIRouter, Depends

from app.api.deps import get_dated_lead
from app.models import Lead

router = APIRouter()


@router.get("/leads/{lead_id}/outputs")
def lead_outputs(lead: Lead = Depends(get_dated_lead)):
    return [{"id": o.id, "kind": o.kind} for o in lead.outputs]  # expect: scans-all [sa28c] cross


@router.get("/leads/{lead_id}")
def lead_status(lead: Lead = Depends(get_dated_lead)):
    return {"status": lead.status}
