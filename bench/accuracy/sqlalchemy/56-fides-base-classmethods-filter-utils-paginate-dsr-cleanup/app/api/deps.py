from fastapi import Depends
from sqlalchemy.orm import Session

from app.db.session import get_db
from app.service.privacy_request.privacy_request_service import PrivacyRequestService


def get_privacy_request_service(db: Session = Depends(get_db)) -> PrivacyRequestService:
    return PrivacyRequestService(db)
