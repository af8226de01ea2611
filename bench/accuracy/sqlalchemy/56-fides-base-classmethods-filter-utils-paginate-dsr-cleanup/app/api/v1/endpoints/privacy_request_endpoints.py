from typing import Optional

from fastapi import APIRouter, Depends, HTTPException
from fastapi_pagination import Params
from fastapi_pagination.ext.sqlalchemy import paginate
from sqlalchemy.orm import Query, Session

from app.api.deps import get_privacy_request_service
from app.db.session import get_db
from app.models import AgentOutput, Lead
from app.schemas import PrivacyRequestFilter
from app.service.privacy_request.duplication_detection import check_for_duplicates
from app.service.privacy_request.privacy_request_service import PrivacyRequestService
from app.service.privacy_request.request_service import batch_execution_logs_by_request

router = APIRouter(prefix="/api/v1")

MAX_PRIVACY_REQUEST_DOWNLOAD_ROWS = 10000


def get_privacy_request_or_error(db: Session, privacy_request_id: str, error_if_deleted: Optional[bool] = True) -> Lead:
    privacy_request = PrivacyRequestService(db).get_privacy_request(privacy_request_id)
    if not privacy_request:
        raise HTTPException(status_code=404, detail=f"No privacy request found with id '{privacy_request_id}'.")
    if error_if_deleted and privacy_request.status == "deleted":
        raise HTTPException(status_code=422, detail=f"Privacy request with id {privacy_request_id} has been deleted.")
    return privacy_request


def _validate_result_size(query: Query) -> None:
    row_count = query.count()  # expect: scans-all [sa56d] cross
    if row_count > MAX_PRIVACY_REQUEST_DOWNLOAD_ROWS:
        raise HTTPException(status_code=400, detail=f"Requested privacy request report would contain {row_count} rows.")


def _shared_privacy_request_search(*, db: Session, params: Params, filters: PrivacyRequestFilter, privacy_request_service: PrivacyRequestService, identity: Optional[str] = None):
    query = privacy_request_service.filter_privacy_requests(Lead.query_without_large_columns(db), filters=filters, identity=identity)
    if hasattr(Lead, filters.sort_field) is False:
        raise HTTPException(status_code=422, detail=f"{filters.sort_field} is not on PrivacyRequest")
    query = privacy_request_service.sort_privacy_requests(query, filters.sort_field, filters.sort_direction)

    if filters.download_csv:
        _validate_result_size(query)
        return privacy_request_service.download_privacy_requests_csv(query)

    paginated = paginate(query, params)  # expect: scans-all [sa56f] cross
    if filters.verbose:
        all_logs = batch_execution_logs_by_request(db, [item.id for item in paginated.items])
        for item in paginated.items:
            item.execution_logs = all_logs.get(item.id, [])
    return paginated


@router.post("/privacy-request/search")
def privacy_request_search(
    filters: PrivacyRequestFilter,
    *,
    db: Session = Depends(get_db),
    params: Params = Depends(),
    privacy_request_service: PrivacyRequestService = Depends(get_privacy_request_service),
):
    return _shared_privacy_request_search(db=db, params=params, filters=filters, privacy_request_service=privacy_request_service)


@router.get("/privacy-request/{privacy_request_id}/log")
def get_request_status_logs(privacy_request_id: str, *, db: Session = Depends(get_db), params: Params = Depends()):
    get_privacy_request_or_error(db, privacy_request_id, error_if_deleted=False)
    return paginate(
        AgentOutput.query(db=db).filter(AgentOutput.lead_id == int(privacy_request_id)).order_by(AgentOutput.created_at.asc()),
        params,
    )  # expect: scans-all [sa56g] cross


def _validate_privacy_request_awaiting_pre_approval_or_error(db: Session, privacy_request_id: str) -> None:
    privacy_request = (
        Lead.query_without_large_columns(db)
        .filter(Lead.id == int(privacy_request_id))
        .first()
    )  # expect: scans-all [sa56h] cross
    if not privacy_request:
        raise HTTPException(status_code=404, detail=f"No privacy request found with id: '{privacy_request_id}'.")
    if privacy_request.status not in ("pending", "awaiting_pre_approval"):
        raise HTTPException(status_code=400, detail="Privacy request is not in pending or awaiting pre-approval status.")


@router.post("/privacy-request/{privacy_request_id}/pre-approve/eligible")
def mark_privacy_request_pre_approve_eligible(privacy_request_id: str, *, db: Session = Depends(get_db), privacy_request_service: PrivacyRequestService = Depends(get_privacy_request_service)):
    _validate_privacy_request_awaiting_pre_approval_or_error(db, privacy_request_id)
    return privacy_request_service.approve_privacy_requests([privacy_request_id], reviewed_by=0)


@router.patch("/privacy-request/administrate/approve")
def approve_privacy_request(request_ids: list[str], *, user_id: int = 0, privacy_request_service: PrivacyRequestService = Depends(get_privacy_request_service)):
    return {"succeeded": [pr.id for pr in privacy_request_service.approve_privacy_requests(request_ids, reviewed_by=user_id)]}


@router.post("/privacy-request")
def create_privacy_request(data: dict, *, db: Session = Depends(get_db)):
    privacy_request = Lead.create(db, data=data)
    check_for_duplicates(db, privacy_request)
    return {"id": privacy_request.id, "status": privacy_request.status}


@router.delete("/privacy-request/{privacy_request_id}")
def soft_delete_privacy_request(privacy_request_id: str, *, user_id: int = 0, db: Session = Depends(get_db)):
    privacy_request = get_privacy_request_or_error(db, privacy_request_id)
    privacy_request.soft_delete(db, user_id)


@router.delete("/privacy-request/{privacy_request_id}/notes/{note_id}")
def delete_privacy_request_note(privacy_request_id: str, note_id: int, *, db: Session = Depends(get_db)):
    get_privacy_request_or_error(db, privacy_request_id)
    note = AgentOutput.get_by(db, field="id", value=note_id)
    if note is None or note.kind != "note":
        raise HTTPException(status_code=404, detail="No note found")
    note.delete(db=db)
