from fastapi import APIRouter, Depends, HTTPException

from app.routes.deps import BaseUserController
from app.schema.base import PaginationQuery

router = APIRouter(prefix="/campaigns")


@router.get("")
def get_all(q: PaginationQuery = Depends(), controller: BaseUserController = Depends()):
    return controller.repos.campaigns.page_all(q)  # expect: prunes [sa40a] cross


@router.get("/{campaign_id}")
def get_one(campaign_id: int, controller: BaseUserController = Depends()):
    campaign = controller.repos.campaigns.get_one(campaign_id)  # expect: prunes [sa40b] cross
    if campaign is None:
        raise HTTPException(status_code=404)
    return campaign
