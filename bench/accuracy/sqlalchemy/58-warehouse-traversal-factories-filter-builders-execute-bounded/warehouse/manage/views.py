import datetime

from paginate_sqlalchemy import SqlalchemyOrmPage as SQLAlchemyORMPage

from warehouse.models import JournalEntry, Release
from warehouse.packaging.services import IProjectService


def paginate_url_factory(request, query_arg="page"):
    def make_url(page):
        return request.current_route_path(_query={query_arg: page})
    return make_url


def manage_release_history(release, request):
    page_num = int(request.params.get("page", 1))
    events_query = (
        request.db.query(JournalEntry)
        .filter(JournalEntry.lead_id == release.id)
        .order_by(JournalEntry.created_at.desc())
    )
    events = SQLAlchemyORMPage(events_query, page=page_num, items_per_page=25, url_maker=paginate_url_factory(request))  # expect: scans-all [sa58p]
    return {"release": release, "events": events}


def manage_release_recent(release, request):
    return {"events": release.recent_events.limit(10).all()}  # expect: prunes [sa58q] cross


def manage_release_events_since(release, request):
    since = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=7)
    return {"events": release.events.filter(JournalEntry.created_at >= since).all()}  # expect: prunes [sa58r] cross


def manage_projects(request):
    project_service = request.find_service(IProjectService, context=None)
    releases = request.db.scalars(project_service.releases_for_owner(request.user.id).order_by(Release.created_at.desc()).limit(50)).all()  # expect: scans-all [sa58s] cross
    return {"releases": releases}


def create_project(request):
    project_service = request.find_service(IProjectService, context=None)
    project_service.check_project_name(request.POST["name"])
    return {"ok": True}


def yank_release(release, request):
    request.find_service(IProjectService, context=None).yank_release(release)
    return {"yanked": release.company}


def delete_release(release, request):
    request.db.delete(release)
    request.db.flush()  # expect: prunes [sa58t]
    return {"deleted": release.company}
