from datetime import datetime
from enum import Enum
from typing import Optional

from pydantic import BaseModel


class ColumnSort(str, Enum):
    DESC = "desc"
    ASC = "asc"


class PrivacyRequestFilter(BaseModel):
    request_id: Optional[str] = None
    status: Optional[list[str]] = None
    created_lt: Optional[datetime] = None
    created_gt: Optional[datetime] = None
    policy_id: Optional[int] = None
    include_deleted_requests: bool = False
    verbose: bool = False
    download_csv: bool = False
    sort_field: str = "created_at"
    sort_direction: ColumnSort = ColumnSort.DESC
