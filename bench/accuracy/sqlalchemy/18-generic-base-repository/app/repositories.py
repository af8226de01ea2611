from sqlalchemy import select

from app.models import AgentOutput, Lead


class BaseRepository:
    model = None

    def __init__(self, session):
        self.session = session

    def list(self, limit=100):
        return self.session.scalars(select(self.model).limit(limit)).all()

    def created_since(self, since):
        return self.session.scalars(select(self.model).where(self.model.created_at >= since)).all()


class LeadRepository(BaseRepository):
    model = Lead


class OutputRepository(BaseRepository):
    model = AgentOutput
