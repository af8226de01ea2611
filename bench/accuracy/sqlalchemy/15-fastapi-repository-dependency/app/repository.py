from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AgentOutput


class OutputRepository:
    def __init__(self, session: Session):
        self.session = session

    def of_kind(self, kind):
        return select(AgentOutput).where(AgentOutput.kind == kind)

    def all(self, stmt):
        return self.session.scalars(stmt).all()
