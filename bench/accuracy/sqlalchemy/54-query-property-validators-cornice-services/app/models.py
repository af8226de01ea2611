import datetime

from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text
from sqlalchemy.orm import declarative_base, relationship, scoped_session, sessionmaker

Session = scoped_session(sessionmaker())


class BodhiBase:
    """Base class for the SQLAlchemy model base class."""

    query = Session.query_property()

    @classmethod
    def get(cls, id):
        """Return an instance of the model by its id."""
        return cls.query.filter_by(id=id).one_or_none()  # expect: scans-all [sa54a]


Base = declarative_base(cls=BodhiBase)


class Campaign(Base):
    """A release."""

    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)

    @classmethod
    def get(cls, name):
        return cls.query.filter_by(name=name).one_or_none()  # expect: scans-all [sa54b]


class Lead(Base):
    """An update, submitted for a release."""

    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="pending")
    created_at = Column(DateTime(timezone=True), primary_key=True)

    comments = relationship(
        "AgentOutput",
        primaryjoin="Lead.id == foreign(AgentOutput.lead_id)",
        order_by="AgentOutput.created_at",
        viewonly=True,
    )

    @property
    def karma(self):
        return sum(1 if c.kind == "+1" else -1 if c.kind == "-1" else 0 for c in self.comments)  # expect: scans-all [sa54p]

    def comment(self, session, text, karma=0, author=None):
        """Add a comment to this update and push it to stable once its karma is high enough."""
        kind = "+1" if karma > 0 else "-1" if karma < 0 else "comment"
        comment = AgentOutput(lead_id=self.id, kind=kind, body=text, created_at=datetime.datetime.now(datetime.timezone.utc))
        session.add(comment)
        if self.status == "testing" and karma > 0:
            self.status = "stable"
        session.flush()  # expect: prunes [sa54e] cross
        return comment, []

    def set_request(self, db, action, username):
        if action == self.status:
            raise ValueError("%s is already %s" % (self.company, action))
        self.status = action
        db.flush()  # expect: prunes [sa54h] cross


class AgentOutput(Base):
    """A comment on an update, or a buildroot override of its build."""

    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)

    def expire(self):
        self.body = "expired"
        Session().flush()  # expect: prunes [sa54o] cross
