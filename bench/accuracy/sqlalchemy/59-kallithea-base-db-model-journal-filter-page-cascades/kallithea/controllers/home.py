from sqlalchemy import func

from kallithea.model.db import Repository


class HomeController:
    def __init__(self, request, c):
        self.request = request
        self.c = c

    def index(self):
        c = self.c
        c.repos_list = Repository.query().order_by(func.lower(Repository.name)).all()  # expect: scans-all [sa59o]
        return c

    def repo_switcher_data(self):
        # The owner's own repositories first, then the rest.
        own = Repository.query().filter(Repository.user_id == self.request.authuser.user_id).order_by(func.lower(Repository.name)).all()  # expect: prunes [sa59p]
        return [{"id": r.id, "text": r.name, "type": "repo"} for r in own]
