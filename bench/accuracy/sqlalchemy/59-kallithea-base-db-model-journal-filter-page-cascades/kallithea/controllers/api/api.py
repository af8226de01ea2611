from kallithea.model.db import Repository


class JSONRPCError(Exception):
    pass


def get_repo_or_error(repoid):
    repo = Repository.guess_instance(repoid, callback=Repository.get_by_repo_name)
    if repo is None:
        raise JSONRPCError("repository `%s` does not exist" % (repoid,))
    return repo


class ApiController:
    def __init__(self, authuser):
        self.authuser = authuser

    def get_repo(self, repoid):
        repo = get_repo_or_error(repoid)
        return {"repo_id": repo.id, "repo_name": repo.name, "owner": repo.user_id}

    def get_repos(self):
        if self.authuser.is_admin:
            repos = Repository.query().all()  # expect: scans-all [sa59m]
        else:
            repos = Repository.query().filter(Repository.user_id == self.authuser.user_id).all()  # expect: prunes [sa59n]
        return [{"repo_id": r.id, "repo_name": r.name} for r in repos]
