from typing import Optional

from sqlalchemy import or_
from sqlalchemy.orm import Query, Session
from sqlalchemy.sql.expression import nullslast

from app.models import Lead
from app.schemas import ColumnSort, PrivacyRequestFilter


def filter_privacy_request_queryset(db: Session, query: Query, filters: PrivacyRequestFilter, identity: Optional[str] = None) -> Query:
    """Applies the request filters; every one of them is optional."""
    if identity:
        query = query.filter(Lead.email == identity)
    if filters.request_id:
        query = query.filter(Lead.id == int(filters.request_id))
    if filters.status:
        query = query.filter(Lead.status.in_(filters.status))
    if filters.created_lt:
        query = query.filter(Lead.created_at < filters.created_lt)
    if filters.created_gt:
        query = query.filter(Lead.created_at > filters.created_gt)
    if filters.policy_id:
        query = query.filter(Lead.campaign_id == filters.policy_id)
    query = query.filter(or_(Lead.company != "dataset_test", Lead.company.is_(None)))
    if not filters.include_deleted_requests:
        query = query.filter(Lead.status != "deleted")
    return query


def sort_privacy_request_queryset(query: Query, sort_field: str, sort_direction: ColumnSort) -> Query:
    sort_object_attribute = getattr(Lead, sort_field)
    if sort_direction == ColumnSort.ASC:
        return query.order_by(nullslast(sort_object_attribute.asc()))
    return query.order_by(nullslast(sort_object_attribute.desc()))
