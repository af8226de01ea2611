from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Lead


class LeadRepository:
    def __init__(self, session: Session):
        self.session = session

    def by_company(self, company):
        return self.session.scalars(select(Lead).where(Lead.company == company)).all()  # expect: scans-all [sa01a]

    def in_range(self, since, until):
        return self.session.scalars(select(Lead).where(Lead.created_at >= since, Lead.created_at < until)).all()  # expect: prunes [sa01b]

    def query_for_user(self, user_id):
        return select(Lead).where(Lead.user_id == user_id)
