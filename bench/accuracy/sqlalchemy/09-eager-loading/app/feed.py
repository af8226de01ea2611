from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from app.models import AgentOutput, Lead


def feed_with_outputs(session, since):
    return session.scalars(select(Lead).options(selectinload(Lead.outputs)).where(Lead.created_at >= since)).all()  # expect: scans-all [sa09a]


def outputs_with_lead(session, since):
    return session.scalars(select(AgentOutput).options(joinedload(AgentOutput.lead)).where(AgentOutput.created_at >= since)).all()  # expect: scans-all [sa09b]


def feed(session, since):
    return session.scalars(select(Lead).where(Lead.created_at >= since).order_by(Lead.created_at.desc()).limit(50)).all()  # expect: prunes [sa09c]
