from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class MethodsMixin:
    """Save and delete for every model, committing at once."""

    def save(self):
        db.session.add(self)
        db.session.commit()  # expect: prunes [sa55c] cross
        return self.id

    def delete(self):
        ret = self.id
        db.session.delete(self)
        db.session.commit()  # expect: prunes [sa55d] cross
        return ret


class Campaign(MethodsMixin, db.Model):
    """A token, owned by a user (the serial is its name)."""

    __tablename__ = "campaigns"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, primary_key=True)
    name = db.Column(db.Text, nullable=False)
    archived = db.Column(db.Boolean, nullable=False, default=False)


class Lead(MethodsMixin, db.Model):
    """A challenge sent for a token (the transaction id is its company)."""

    __tablename__ = "leads"

    id = db.Column(db.BigInteger, primary_key=True)
    user_id = db.Column(db.BigInteger, nullable=False)
    campaign_id = db.Column(db.BigInteger)
    company = db.Column(db.Text, nullable=False)
    email = db.Column(db.Text, nullable=False)
    status = db.Column(db.Text, nullable=False, default="new")
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)

    def set_otp_status(self, valid=False):
        self.status = "answered" if valid else "failed"


class AgentOutput(MethodsMixin, db.Model):
    """An audit log entry."""

    __tablename__ = "agent_outputs"

    id = db.Column(db.BigInteger, primary_key=True)
    lead_id = db.Column(db.BigInteger, nullable=False)
    kind = db.Column(db.Text, nullable=False)
    body = db.Column(db.Text)
    created_at = db.Column(db.DateTime(timezone=True), primary_key=True)
