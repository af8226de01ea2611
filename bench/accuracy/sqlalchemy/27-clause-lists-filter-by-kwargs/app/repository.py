from sqlalchemy import and_, select, update
from sqlalchemy.orm import Session

from app.models import AgentOutput, Lead


class LeadRepository:
    def __init__(self, session: Session):
        self.session = session

    def list(self, user_id, status=None, since=None):
        clauses = [Lead.user_id == user_id]
        if status is not None:
            clauses.append(Lead.status == status)
        if since is not None:
            clauses.append(Lead.created_at >= since)
        return self.session.scalars(select(Lead).where(and_(*clauses))).all()  # expect: scans-all [sa27a]

    def window(self, start, end, **filters):
        return self.session.query(Lead).filter(Lead.created_at >= start, Lead.created_at < end).filter_by(**filters).all()  # expect: prunes [sa27b]

    def find_by(self, **filters):
        return self.session.query(Lead).filter_by(**filters).first()  # expect: scans-all [sa27c] cross

    def mark_outputs_sent(self, lead_id, since):
        self.session.execute(update(AgentOutput).where(AgentOutput.lead_id == lead_id, AgentOutput.created_at >= since).values(kind="sent"))  # expect: prunes [sa27d]


def handler(session: Session, email: str):
    return LeadRepository(session).find_by(email=email)
