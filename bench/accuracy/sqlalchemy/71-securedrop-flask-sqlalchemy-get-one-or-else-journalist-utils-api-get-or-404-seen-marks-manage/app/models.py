from sqlalchemy import func
from sqlalchemy.orm.exc import MultipleResultsFound, NoResultFound

from app.db import db


def get_one_or_else(query, logger, failure_method):
    """The one row of `query`, or the failure method (abort) with 500 on several rows and 404 on none."""
    try:
        return query.one()  # expect: scans-all [sa71b] cross
    except MultipleResultsFound as e:
        logger.error("Found multiple while executing {} when one was expected: {}".format(query, e))
        failure_method(500)
    except NoResultFound as e:
        logger.error("Found none when one was expected: {}".format(e))
        failure_method(404)


class Journalist(db.Model):
    __tablename__ = "users"

    id = db.Column(db.BigInteger, primary_key=True)
    email = db.Column(db.Text, nullable=False)
    created_at = db.Column(db.DateTime(timezone=True), nullable=False)


class Campaign(db.Model):
    """A journalist's "seen" mark on a file, message or reply: `user_id` is the journalist, `name` the file name."""

    __tablename__ = "campaigns"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, primary_key=True)
    name = db.Column(db.Text, nullable=False)
    archived = db.Column(db.Boolean, nullable=False, default=False)


class Lead(db.Model):
    """A source: `company` is its journalist designation, `email` its filesystem id, `status` pending/active/deleted,
    `user_id` the journalist handling it."""

    __tablename__ = "leads"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, nullable=False)
    campaign_id = db.Column(db.BigInteger)
    company = db.Column(db.Text, nullable=False)
    email = db.Column(db.Text, nullable=False)
    status = db.Column(db.Text, nullable=False, default="new")
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)

    outputs = db.relationship("AgentOutput", back_populates="lead", primaryjoin="Lead.id == foreign(AgentOutput.lead_id)")

    @property
    def collection(self):
        """The source's submissions, messages and replies, oldest first."""
        return sorted(self.outputs, key=lambda item: item.created_at)  # expect: scans-all [sa71a]

    def documents_messages_count(self):
        """How many documents and messages the source sent (all of them are newer than the source)."""
        return self.submissions_since_creation().count()  # expect: prunes [sa71c] cross

    def submissions_since_creation(self):
        return AgentOutput.query.filter(
            AgentOutput.lead_id == self.id,
            AgentOutput.kind.in_(("submission", "message")),
            AgentOutput.created_at >= self.created_at,
        )

    def replies(self):
        return AgentOutput.query.filter(AgentOutput.lead_id == self.id, AgentOutput.kind == "reply")

    def to_json(self):
        return {"uuid": self.email, "journalist_designation": self.company, "is_pending": self.status == "pending"}


class AgentOutput(db.Model):
    """A submission, message or reply of a source: `kind` says which, `body` is its file name."""

    __tablename__ = "agent_outputs"

    id = db.Column(db.BigInteger, primary_key=True)
    lead_id = db.Column(db.BigInteger, nullable=False)
    kind = db.Column(db.Text, nullable=False)
    body = db.Column(db.Text)
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)

    lead = db.relationship("Lead", back_populates="outputs", primaryjoin="foreign(AgentOutput.lead_id) == Lead.id")

    def to_json(self):
        return {"uuid": self.body, "kind": self.kind, "source_id": self.lead_id}


def unread_counts():
    """Per source, how many of its submissions no journalist has marked seen yet."""
    seen_names = db.session.query(Campaign.name)
    return (
        db.session.query(AgentOutput.lead_id, func.count("*").label("num_unread"))
        .filter(AgentOutput.kind.in_(("submission", "message")), ~AgentOutput.body.in_(seen_names))
        .group_by(AgentOutput.lead_id)
        .subquery()
    )
