from datetime import datetime, timedelta, timezone

from sqlalchemy import or_

from app.models.base import Column, db
from app.models.mixins import BelongsToUserMixin


def utcnow():
    return datetime.now(timezone.utc)


class Lead(BelongsToUserMixin, db.Model):
    __tablename__ = "leads"

    id = Column(db.BigInteger, primary_key=True)
    user_id = Column(db.BigInteger, nullable=False)
    campaign_id = Column(db.BigInteger)
    company = Column(db.Text, nullable=False)
    email = Column(db.Text, nullable=False)
    status = Column(db.Text, nullable=False, default="new")
    created_at = Column(db.DateTime(True), primary_key=True, default=utcnow)

    @classmethod
    def recent(cls, user_id, days=7):
        since = utcnow() - timedelta(days=days)
        return cls.query.filter(cls.user_id == user_id, cls.created_at >= since).order_by(cls.created_at.desc())

    @classmethod
    def search(cls, term, user_id):
        pattern = f"%{term}%"
        return cls.query.filter(cls.user_id == user_id, or_(cls.company.ilike(pattern), cls.email.ilike(pattern)))


class AgentOutput(db.Model):
    __tablename__ = "agent_outputs"

    id = Column(db.BigInteger, primary_key=True)
    lead_id = Column(db.BigInteger, nullable=False)
    kind = Column(db.Text, nullable=False)
    body = Column(db.Text)
    created_at = Column(db.DateTime(True), primary_key=True, default=utcnow)

    @classmethod
    def unused(cls, days=30):
        age_threshold = utcnow() - timedelta(days=days)
        return cls.query.filter(cls.kind == "draft", cls.created_at < age_threshold)
