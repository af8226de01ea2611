from sqlalchemy import select

from app.db import engine
from app.tables import campaigns


def campaigns_of(user_id):
    with engine.connect() as conn:
        return conn.execute(select(campaigns).where(campaigns.c.user_id == user_id)).fetchall()  # expect: prunes [sa07a]


def live_campaign_names():
    with engine.connect() as conn:
        return conn.execute(select(campaigns.c.name).where(campaigns.c.archived.is_(False))).scalars().all()  # expect: scans-all [sa07b]


def campaign(user_id, campaign_id):
    with engine.connect() as conn:
        return conn.execute(select(campaigns).where(campaigns.c.id == campaign_id)).first()  # expect: scans-all [sa07c]
