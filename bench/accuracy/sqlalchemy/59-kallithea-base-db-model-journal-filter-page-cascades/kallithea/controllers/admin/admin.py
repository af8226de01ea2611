import logging

from sqlalchemy import and_, func, or_
from sqlalchemy.orm import joinedload
from whoosh import query
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.qparser.default import QueryParser

from kallithea.lib.page import Page
from kallithea.model.db import UserLog

log = logging.getLogger(__name__)

JOURNAL_SCHEMA = None


def _journal_filter(user_log, search_term):
    """Filter the journal query with a whoosh query-language search term."""
    qry = None
    if search_term:
        qp = QueryParser("repository", schema=JOURNAL_SCHEMA)
        qp.add_plugin(DateParserPlugin())
        qry = qp.parse(search_term)

    def wildcard_handler(col, wc_term):
        if wc_term.startswith("*") and not wc_term.endswith("*"):
            return func.lower(col).endswith(func.lower(wc_term[1:]))
        elif wc_term.startswith("*") and wc_term.endswith("*"):
            return func.lower(col).contains(func.lower(wc_term.strip("*")))

    def get_filterion(field, val, term):
        if field == "repository":
            field = getattr(UserLog, "company")
        elif field == "date":
            field = getattr(UserLog, "created_at")
        elif field == "username":
            field = getattr(UserLog, "email")
        else:
            field = getattr(UserLog, field)
        if isinstance(term, query.Wildcard):
            return wildcard_handler(field, val)
        elif isinstance(term, query.Prefix):
            return func.lower(field).startswith(func.lower(val))
        elif isinstance(term, query.DateRange):
            return and_(field >= val[0], field <= val[1])
        return func.lower(field) == func.lower(val)

    if isinstance(qry, (query.And, query.Term, query.Prefix, query.Wildcard, query.DateRange)):
        if not isinstance(qry, query.And):
            qry = [qry]
        for term in qry:
            val = term.text if not isinstance(term, query.DateRange) else [term.startdate, term.enddate]
            user_log = user_log.filter(get_filterion(term.fieldname, val, term))
    elif isinstance(qry, query.Or):
        filters = []
        for term in qry:
            val = term.text if not isinstance(term, query.DateRange) else [term.startdate, term.enddate]
            filters.append(get_filterion(term.fieldname, val, term))
        user_log = user_log.filter(or_(*filters))

    return user_log


class AdminController:
    def index(self, request, c):
        users_log = UserLog.query() \
            .options(joinedload(UserLog.user)) \
            .options(joinedload(UserLog.repository))

        c.search_term = request.GET.get("filter")
        users_log = _journal_filter(users_log, c.search_term)
        users_log = users_log.order_by(UserLog.created_at.desc())

        p = int(request.GET.get("page") or 1)
        c.users_log = Page(users_log, page=p, items_per_page=10, filter=c.search_term)  # expect: scans-all [sa59b] cross
        return c
