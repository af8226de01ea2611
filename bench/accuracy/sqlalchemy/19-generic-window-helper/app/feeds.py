from sqlalchemy import func, select

from app.helpers import created_since
from app.models import AgentOutput, Lead


def first_of_company(session, company):
    return session.execute(select(Lead).filter(Lead.company == company)).scalars().first()  # expect: scans-all [sa19a]


def recent_outputs(session, since):
    return session.scalars(created_since(select(AgentOutput), AgentOutput, since)).all()  # expect: prunes [sa19b] cross


def new_count(session):
    return session.execute(select(func.count(Lead.id)).where(Lead.status == "new")).scalar_one()  # expect: scans-all [sa19c]
