from sqlalchemy import select

from app.daos.base import BaseDAO
from app.models import Lead


class LeadDAO(BaseDAO):
    model_cls = Lead


def leads_of_user(user_id):
    return select(Lead).where(Lead.user_id == user_id)
