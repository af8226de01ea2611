import logging

from kallithea.model.db import Repository, UserLog
from kallithea.model.meta import Session

log = logging.getLogger(__name__)


class AttachedForksError(Exception):
    pass


class RepoModel:
    def get_by_repo_name(self, repo_name, cache=False):
        return Repository.get_by_repo_name(repo_name)

    def update(self, repo, **kwargs):
        cur_repo = Repository.guess_instance(repo, callback=Repository.get_by_repo_name)
        for k in ("name", "archived"):
            if k in kwargs:
                setattr(cur_repo, k, kwargs[k])
        return cur_repo

    def delete(self, repo, cur_user=None):
        repo = Repository.guess_instance(repo, callback=Repository.get_by_repo_name)
        if repo is not None:
            old_repo_name = repo.name
            Session().delete(repo)
            log.info("deleted repository %s", old_repo_name)

    def last_activity(self, repo):
        return UserLog.query() \
            .filter(UserLog.campaign_id == repo.id) \
            .order_by(UserLog.created_at.desc())
