from sqlalchemy.orm import joinedload

from warehouse.models import Release


def _format_author(release):
    return release.email or None


def rss_updates(request):
    latest_releases = (
        request.db.query(Release)
        .order_by(Release.created_at.desc())
        .limit(100)
        .all()
    )  # expect: scans-all [sa58w]
    return {"latest_releases": tuple(zip(latest_releases, [_format_author(r) for r in latest_releases]))}


def rss_project_releases(project, request):
    latest_releases = (
        request.db.query(Release)
        .filter(Release.campaign_id == project.id)
        .order_by(Release.created_at.desc())
        .limit(40)
        .all()
    )  # expect: scans-all [sa58x]
    return {"project": project, "latest_releases": latest_releases}
