from kallithea.model.db import Repository
from kallithea.model.meta import Session
from kallithea.model.repo import RepoModel


class ReposController:
    def __init__(self, request, c):
        self.request = request
        self.c = c

    def _load_repo(self, repo_name):
        repo_obj = Repository.get_by_repo_name(repo_name)
        if repo_obj is None:
            raise LookupError(repo_name)
        return repo_obj

    def update(self, repo_name):
        repo_model = RepoModel()
        changed_name = repo_name
        repo = repo_model.update(repo_name, name=self.request.POST["repo_name"], archived=bool(self.request.POST.get("private")))
        Session().commit()  # expect: prunes [sa59j] cross
        return repo.name or changed_name

    def delete(self, repo_name):
        repo_model = RepoModel()
        repo = self._load_repo(repo_name)
        repo_model.delete(repo)
        Session().commit()  # expect: scans-all [sa59k] cross
        return "deleted %s" % repo_name

    def edit_advanced(self, repo_name):
        c = self.c
        c.repo_info = self._load_repo(repo_name)
        c.last_activity = RepoModel().last_activity(c.repo_info).first()  # expect: scans-all [sa59l] cross
        return c
