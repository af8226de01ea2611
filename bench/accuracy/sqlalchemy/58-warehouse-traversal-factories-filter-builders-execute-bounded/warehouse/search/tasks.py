from sqlalchemy import select

from warehouse.models import Project, Release


def _project_docs(db, project_name=None):
    releases_list = (
        select(Release.id)
        .where(Release.status != "yanked")
        .order_by(Release.campaign_id, Release.created_at.desc())
        .distinct(Release.campaign_id)
    )
    if project_name:
        releases_list = releases_list.join(Project, Project.id == Release.campaign_id).where(Project.name == project_name)
    releases_list = releases_list.subquery()
    return (
        select(Release.id, Release.company, Release.created_at, Release.campaign_id)
        .select_from(releases_list)
        .join(Release, Release.id == releases_list.c.id)
    )


def reindex(request):
    docs = []
    for release in request.db.execute(_project_docs(request.db)):  # expect: scans-all [sa58y] cross
        docs.append({"id": release.id, "version": release.company})
    return docs


def reindex_project(request, project_name):
    return [r.id for r in request.db.execute(_project_docs(request.db, project_name))]  # expect: scans-all [sa58z] cross
