import datetime

from sqlalchemy import func, select

from warehouse.admin.views.helpers import ALLOWED_DAYS, parse_days_param
from warehouse.models import JournalEntry, Project, Release


def project_list(request):
    q = request.params.get("q")
    if not q:
        days = parse_days_param(request)
        now = datetime.datetime.now(datetime.UTC)
        cutoff = now - datetime.timedelta(days=days)
        created_date = func.date_trunc("day", Release.created_at)

        daily_counts = request.db.execute(
            select(created_date.label("date"), func.count(Release.id))
            .where(Release.created_at >= cutoff)
            .group_by(created_date)
            .order_by(created_date)
        ).all()  # expect: prunes [sa58f]

        recent_releases = request.db.execute(
            select(Release.company, Release.campaign_id, Release.created_at)
            .where(Release.created_at.isnot(None))
            .order_by(Release.created_at.desc())
            .limit(10)
        ).all()  # expect: scans-all [sa58g]
        return {"days": days, "allowed_days": ALLOWED_DAYS, "daily_counts": daily_counts, "recent": recent_releases}

    projects = request.db.query(Project).filter(Project.name == q).one_or_none()  # expect: scans-all [sa58h]
    return {"query": q, "projects": [projects] if projects else []}


def project_detail(project, request):
    releases = (
        request.db.query(Release)
        .filter(Release.campaign_id == project.id)
        .order_by(Release.created_at.desc())
        .limit(10)
        .all()
    )  # expect: scans-all [sa58i]

    journals = (
        request.db.query(JournalEntry)
        .filter(JournalEntry.body == project.name)
        .order_by(JournalEntry.created_at.desc(), JournalEntry.id.desc())
        .limit(30)
        .all()
    )  # expect: scans-all [sa58j]

    journal_count = (
        request.db.query(func.count())
        .select_from(JournalEntry)
        .filter(JournalEntry.body == project.name)
        .scalar()
    )  # expect: scans-all [sa58k]
    return {"project": project, "releases": releases, "journals": journals, "journal_count": journal_count}
