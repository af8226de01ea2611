from app import database
from app.campaigns.models import Campaign


def get_by_owner(user_id):
    return database.get_all(Campaign, user_id, field="user_id").all()  # expect: prunes [sa45h] cross


def get_active_by_owner(user_id):
    return database.get_all(Campaign, user_id, field="user_id").filter(Campaign.archived.is_(False)).order_by(Campaign.name).all()  # expect: prunes [sa45i] cross
