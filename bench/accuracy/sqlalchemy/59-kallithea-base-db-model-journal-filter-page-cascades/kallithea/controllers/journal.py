import logging
from itertools import groupby

from sqlalchemy import func, or_
from sqlalchemy.orm import joinedload

from kallithea.controllers.admin.admin import _journal_filter
from kallithea.lib.page import Page
from kallithea.model.db import Repository, User, UserLog

log = logging.getLogger(__name__)

FEED_NR = 20


class JournalController:
    def __init__(self, request, c):
        self.request = request
        self.c = c
        c.search_term = request.GET.get("filter")

    def _get_daily_aggregate(self, journal):
        groups = []
        for k, g in groupby(journal, lambda x: x.action_as_day):
            groups.append((k, list(g)))
        return groups

    def _get_journal_data(self, following_repos, following_users=()):
        repo_ids = [x.id for x in following_repos]
        user_ids = [x.id for x in following_users]

        filtering_criterion = None
        if repo_ids and user_ids:
            filtering_criterion = or_(UserLog.campaign_id.in_(repo_ids), UserLog.user_id.in_(user_ids))
        if repo_ids and not user_ids:
            filtering_criterion = UserLog.campaign_id.in_(repo_ids)
        if not repo_ids and user_ids:
            filtering_criterion = UserLog.user_id.in_(user_ids)
        if filtering_criterion is not None:
            journal = UserLog.query() \
                .options(joinedload(UserLog.user)) \
                .options(joinedload(UserLog.repository))
            journal = _journal_filter(journal, self.c.search_term)
            journal = journal.filter(filtering_criterion) \
                .order_by(UserLog.created_at.desc())
        else:
            journal = []
        return journal

    def _following_repos(self):
        return Repository.query() \
            .filter(Repository.user_id == self.request.authuser.user_id) \
            .order_by(func.lower(Repository.name)) \
            .all()  # expect: prunes [sa59c]

    def _feed(self, repos, link):
        journal = self._get_journal_data(repos)
        entries = []
        for entry in journal[:FEED_NR]:  # expect: scans-all [sa59d] cross
            entries.append({"title": "%s %s" % (entry.email, entry.status), "link": link, "pubdate": entry.created_at})
        return entries

    def index(self):
        c = self.c
        c.following = self._following_repos()
        followed_users = User.query().filter(User.id == self.request.authuser.user_id).all()
        journal = self._get_journal_data(c.following, followed_users)

        p = int(self.request.GET.get("page") or 1)
        c.journal_pager = Page(journal, page=p, items_per_page=20, filter=c.search_term)  # expect: scans-all [sa59e] cross
        c.journal_day_aggregate = self._get_daily_aggregate(c.journal_pager)

        c.repos_list = Repository.query() \
            .filter_by(user_id=self.request.authuser.user_id) \
            .all()  # expect: prunes [sa59f]
        return c

    def journal_atom(self):
        following = self._following_repos()
        return self._feed(following, "/journal")

    def public_journal(self):
        c = self.c
        public_repos = Repository.query().filter(Repository.archived.is_(False)).all()  # expect: scans-all [sa59g]
        journal = self._get_journal_data(public_repos)
        p = int(self.request.GET.get("page") or 1)
        c.journal_pager = Page(journal, page=p, items_per_page=20)  # expect: scans-all [sa59h] cross
        return c
