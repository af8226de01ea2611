from sqlalchemy import BigInteger, Column, DateTime, Text

from mailman.database.model import Model


class AgentOutput(Model):
    """A pended request, bounce event, stored message, digest entry or cache entry (kind); created_at its timestamp."""

    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)
