from sqlalchemy import select

from app.models import AgentOutput


class OutputService:
    def __init__(self, session):
        self.session = session

    def base(self, kind):
        return select(AgentOutput).where(AgentOutput.kind == kind)

    def latest(self, kind):
        return self.session.scalars(self.base(kind).order_by(AgentOutput.id.desc()).limit(20)).all()  # expect: scans-all [sa12a] cross

    def latest_since(self, kind, since):
        return self.session.scalars(self.base(kind).where(AgentOutput.created_at >= since).limit(20)).all()  # expect: prunes [sa12b] cross
