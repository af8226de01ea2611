import datetime

from sqlalchemy import func, select

from warehouse.admin.views.helpers import parse_days_param
from warehouse.models import JournalEntry, Project


def _get_quarantine_stats(request, reported_names, cutoff_date):
    if not reported_names:
        return {"total_reported": 0, "auto_quarantined": 0}
    quarantine_stmt = select(func.count(func.distinct(JournalEntry.body))).where(
        JournalEntry.body.in_(reported_names),
        JournalEntry.kind == "project quarantined",
        JournalEntry.created_at >= cutoff_date,
    )
    auto_quarantined = request.db.scalar(quarantine_stmt) or 0  # expect: prunes [sa58l]
    return {"total_reported": len(reported_names), "auto_quarantined": auto_quarantined}


def observations_insights(request):
    days = parse_days_param(request)
    cutoff_date = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=days)
    reported = request.db.scalars(select(Project.name).where(Project.archived.is_(True))).all()  # expect: scans-all [sa58m]
    return {"days": days, "quarantine": _get_quarantine_stats(request, set(reported), cutoff_date)}


def _get_malware_observations(request, days):
    cutoff = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=days)
    return request.db.scalars(
        select(JournalEntry)
        .where(JournalEntry.kind == "is_malware", JournalEntry.created_at >= cutoff)
        .order_by(JournalEntry.created_at)
    ).all()  # expect: prunes [sa58A]


def observer_reputation_dashboard(request):
    days = parse_days_param(request)
    observations = _get_malware_observations(request, days)
    return {"days": days, "total_observations": len(observations)}
