import csv
import io
from typing import Optional

from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Query, Session

from app.models import AgentOutput, Lead
from app.schemas import ColumnSort, PrivacyRequestFilter
from app.service.privacy_request.query_utils import filter_privacy_request_queryset, sort_privacy_request_queryset


class PrivacyRequestService:
    def __init__(self, db: Session):
        self.db = db

    def get_privacy_request(self, privacy_request_id: str) -> Optional[Lead]:
        return Lead.get_by(self.db, field="id", value=int(privacy_request_id))

    def filter_privacy_requests(self, query: Query, filters: PrivacyRequestFilter, identity: Optional[str] = None) -> Query:
        return filter_privacy_request_queryset(self.db, query, filters, identity)

    def sort_privacy_requests(self, query: Query, sort_field: str, sort_direction: ColumnSort) -> Query:
        return sort_privacy_request_queryset(query, sort_field, sort_direction)

    def download_privacy_requests_csv(self, query: Query) -> StreamingResponse:
        f = io.StringIO()
        writer = csv.writer(f)
        writer.writerow(["Request id", "Status", "Time received"])
        for pr in query:  # expect: scans-all [sa56e] cross
            writer.writerow([pr.id, pr.status, pr.created_at])
        f.seek(0)
        return StreamingResponse(f, media_type="text/csv")

    def approve_privacy_requests(self, request_ids: list[str], reviewed_by: int) -> list[Lead]:
        approved = []
        for request_id in request_ids:
            privacy_request = self.get_privacy_request(request_id)
            if privacy_request is None or privacy_request.status != "pending":
                continue
            privacy_request.status = "approved"
            privacy_request.save(self.db)
            AgentOutput.create(self.db, data={"lead_id": privacy_request.id, "kind": "approved", "body": str(reviewed_by), "created_at": privacy_request.created_at})
            approved.append(privacy_request)
        return approved
