from flask_login import UserMixin

from app.models.base import db
from app.models.lead import Campaign, Lead


class User(db.Model, UserMixin):
    __tablename__ = "users"

    id = db.Column(db.BigInteger, primary_key=True)
    email = db.Column(db.Text, nullable=False)
    created_at = db.Column(db.DateTime(timezone=True), nullable=False)

    @property
    def is_admin(self):
        return self.email.endswith("@admin.test")

    def get_user_leads(self):
        leads = (
            db.session.query(Lead)
            .outerjoin(Campaign, Lead.campaign_id == Campaign.id)
            .filter(db.or_(Lead.user_id == self.id, Campaign.user_id == self.id))
            .all()  # expect: scans-all [sa49r]
        )
        return leads
