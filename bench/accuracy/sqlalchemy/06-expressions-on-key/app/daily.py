from sqlalchemy import Date, cast, func, or_, select

from app.models import Lead


def leads_on(session, day):
    return session.scalars(select(Lead).where(func.date(Lead.created_at) == day)).all()  # expect: scans-all [sa06a]


def leads_on_cast(session, day):
    return session.scalars(select(Lead).where(cast(Lead.created_at, Date) == day)).all()  # expect: scans-all [sa06b]


def leads_between(session, start, end):
    return session.scalars(select(Lead).where(Lead.created_at.between(start, end))).all()  # expect: prunes [sa06c]


def recent_or_vip(session, since):
    return session.scalars(select(Lead).where(or_(Lead.created_at >= since, Lead.company == "VIP"))).all()  # expect: scans-all [sa06d]


def per_month(session):
    month = func.date_trunc("month", Lead.created_at)
    return session.execute(select(month, func.count()).group_by(month)).all()  # expect: scans-all [sa06e]
