import logging

from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text
from sqlalchemy.orm import declarative_base, scoped_session, sessionmaker

log = logging.getLogger(__name__)

Base = declarative_base()
session = None


class Campaign(Base):
    """A shelf, owned by one user (archived = is_public)."""

    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)


class AgentOutput(Base):
    """A per-user book record: kind download / read / archived / shelf, body the user's (or the shelf's) id."""

    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)


def init_db(engine):
    global session
    session = scoped_session(sessionmaker(bind=engine))


def session_commit(success=None):
    try:
        session.commit()  # expect: prunes [sa62u] cross
        if success:
            log.info(success)
    except Exception as e:
        session.rollback()
        log.error(e)
