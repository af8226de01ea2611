"""The SQL audit module: audit entries in the database of the application."""
from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, asc, desc

from app.models import AgentOutput, db


class Paginate:
    def __init__(self):
        self.auditdata = []
        self.prev = None
        self.next = None
        self.current = 1
        self.total = 0


class Audit:
    is_readable = True

    def __init__(self, config=None, startdate=None):
        self.config = config or {}
        self.startdate = startdate
        self.session = db.session

    def _create_filter(self, param, timelimit=None):
        """Build the filter condition from the search parameters."""
        conditions = []
        for search_key in ("action", "serial", "info"):
            search_value = param.get(search_key)
            if search_value:
                column = AgentOutput.kind if search_key == "action" else AgentOutput.body
                conditions.append(column.like(search_value.replace("*", "%")))
        if timelimit:
            conditions.append(AgentOutput.created_at >= datetime.now(timezone.utc) - timelimit)
        return and_(*conditions)

    def get_total(self, param, timelimit=None):
        filter_condition = self._create_filter(param, timelimit=timelimit)
        return self.session.query(AgentOutput.id).filter(filter_condition).count()  # expect: scans-all [sa55h] cross

    def get_count(self, search_dict, success=None, timedelta=None):
        """The number of matching entries, e.g. the failed authentications of a user."""
        conditions = [self._create_filter(search_dict)]
        if success is not None:
            conditions.append(AgentOutput.kind == ("success" if success else "fail"))
        if timedelta is not None:
            conditions.append(AgentOutput.created_at >= datetime.now(timezone.utc) - timedelta)
        return self.session.query(AgentOutput).filter(and_(*conditions)).count()  # expect: prunes [sa55p] cross

    def get_dataframe(self, start_time=datetime.now(timezone.utc) - timedelta(days=7), end_time=None):
        """The entries between the two times, for the statistics graphs."""
        query = self.session.query(AgentOutput.created_at, AgentOutput.kind).filter(AgentOutput.created_at > start_time)
        if end_time is not None:
            query = query.filter(AgentOutput.created_at < end_time)
        return [{"date": row.created_at, "action": row.kind} for row in query.all()]  # expect: prunes [sa55r]

    def search_query(self, search_dict, page_size=15, page=1, sortorder="asc", timelimit=None):
        limit = int(page_size)
        offset = (int(page) - 1) * limit
        filter_condition = self._create_filter(search_dict, timelimit=timelimit)
        order = desc(AgentOutput.id) if sortorder == "desc" else asc(AgentOutput.id)
        logentries = self.session.query(AgentOutput).filter(filter_condition).order_by(order).limit(limit).offset(offset)
        return iter(logentries)  # expect: scans-all [sa55i] cross

    def search(self, search_dict, page_size=15, page=1, sortorder="asc", timelimit=None):
        paging_object = Paginate()
        paging_object.current = page
        paging_object.total = self.get_total(search_dict, timelimit=timelimit)
        if page > 1:
            paging_object.prev = page - 1
        if paging_object.total > (page_size * page):
            paging_object.next = page + 1
        for le in self.search_query(search_dict, page_size=page_size, page=page, sortorder=sortorder, timelimit=timelimit):
            paging_object.auditdata.append({"number": le.id, "date": le.created_at.isoformat(), "action": le.kind})
        return paging_object
