from datetime import datetime, timedelta, timezone

from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text, bindparam
from sqlalchemy.orm import declarative_base

# JupyterHub in our schema: a spawner (named server) is a Campaign (`user_id` = the hub user,
# `archived` = stopped); an API token is a Lead (`company` = prefix, `email` = hashed token,
# `status` = scopes / "active"); an OAuth code or an activity event is an AgentOutput (`body` = code).

Base = declarative_base()


class Expiring:
    """Mixin for expiring entries: subclasses define `max_age`."""

    max_age = timedelta(days=14)

    @staticmethod
    def now():
        return datetime.now(timezone.utc)

    @classmethod
    def purge_expired(cls, db):
        """Purge expired entries: created before now - max_age."""
        cutoff = cls.now() - cls.max_age
        deleted = False
        for obj in db.query(cls).filter(cls.created_at < cutoff):  # expect: prunes [sa66a]
            db.delete(obj)
            deleted = True
        if deleted:
            db.commit()  # expect: prunes [sa66b]


class Campaign(Base):
    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)


class Lead(Expiring, Base):
    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="new")
    created_at = Column(DateTime(timezone=True), primary_key=True)

    prefix_length = 4

    @classmethod
    def find(cls, db, token, *, kind=None):
        """Find a token object by value; None if not found."""
        prefix = token[: cls.prefix_length]
        # Hashed values cannot be filtered on: filter on the prefix, then compare each candidate.
        prefix_match = db.query(cls).filter(bindparam("prefix", prefix).startswith(cls.company))
        if kind == "user":
            prefix_match = prefix_match.filter(cls.user_id != None)  # noqa: E711
        elif kind is not None:
            raise ValueError("kind must be 'user' or None, not %r" % kind)
        for orm_token in prefix_match:  # expect: scans-all [sa66c]
            if orm_token.match(token):
                return orm_token
        return None

    def match(self, token):
        return self.email == token


class AgentOutput(Expiring, Base):
    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)

    max_age = timedelta(minutes=10)
