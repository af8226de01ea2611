from sqlalchemy import func
from sqlalchemy.orm import Session

from app import queries


def month_leads(session: Session, user_id, start, end):
    return session.scalars(queries.in_month(queries.leads_for(user_id), start, end)).all()  # expect: prunes [sa29a] cross


def latest_leads(session: Session, user_id):
    return session.scalars(queries.leads_for(user_id).limit(10)).all()  # expect: scans-all [sa29b] cross


def lead_total(session: Session, user_id):
    return session.execute(queries.leads_for(user_id).with_only_columns(func.count())).scalar_one()  # expect: scans-all [sa29c] cross
