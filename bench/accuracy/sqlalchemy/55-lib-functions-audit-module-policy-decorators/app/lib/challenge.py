from datetime import datetime, timedelta, timezone

from app.models import Campaign, Lead, db


def get_challenges(serial=None, transaction_id=None, challenge=None):
    sql_query = Lead.query
    if serial is not None:
        sql_query = sql_query.filter(Lead.campaign_id.in_(db.session.query(Campaign.id).filter(Campaign.name == serial)))
    if transaction_id is not None:
        sql_query = sql_query.filter(Lead.company == transaction_id)
    if challenge is not None:
        sql_query = sql_query.filter(Lead.email == challenge)
    return sql_query.all()  # expect: scans-all [sa55e]


def _create_challenge_query(serial=None, transaction_id=None):
    sql_query = Lead.query
    if serial:
        sql_query = sql_query.filter(Lead.campaign_id.in_(db.session.query(Campaign.id).filter(Campaign.name == serial)))
    if transaction_id:
        sql_query = sql_query.filter(Lead.company == transaction_id)
    return sql_query


def get_challenges_paginate(serial=None, transaction_id=None, sortdir="asc", psize=15, page=1):
    sql_query = _create_challenge_query(serial=serial, transaction_id=transaction_id)
    order = Lead.created_at.desc() if sortdir == "desc" else Lead.created_at.asc()
    pagination = db.paginate(sql_query.order_by(order).statement, page=page, per_page=psize, error_out=False)  # expect: scans-all [sa55g] cross
    return {"challenges": [c.id for c in pagination.items], "count": pagination.total, "current": page}


def cleanup_expired_challenges(age_minutes=60):
    """Delete the challenges older than the given age (the longest validity)."""
    cutoff = datetime.now(timezone.utc) - timedelta(minutes=age_minutes)
    return Lead.query.filter(Lead.created_at < cutoff).delete()  # expect: prunes [sa55f]
