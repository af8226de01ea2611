from sqlalchemy import func, select

from warehouse.models import Project, Release


class IProjectService:
    pass


class ProjectService:
    def __init__(self, session):
        self.db = session

    def check_project_name(self, name):
        if self.db.scalars(select(Project).where(func.lower(Project.name) == func.lower(name))).first():  # expect: scans-all [sa58n]
            raise ValueError("project exists")

    def releases_for_owner(self, owner_id):
        return select(Release).join(Project, Project.id == Release.campaign_id).where(Project.user_id == owner_id)

    def yank_release(self, release):
        release.status = "yanked"
        self.db.flush()  # expect: prunes [sa58o]


def project_service_factory(context, request):
    return ProjectService(request.db)


def includeme(config):
    config.register_service_factory(project_service_factory, IProjectService)
