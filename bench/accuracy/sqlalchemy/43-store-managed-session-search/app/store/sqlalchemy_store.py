import logging
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

import sqlalchemy
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload, sessionmaker

from app.store import search_utils
from app.store.dbmodels import SqlAgentOutput, SqlLead

_logger = logging.getLogger(__name__)


class LeadNotFound(Exception):
    pass


def _get_managed_session_maker(SessionMaker):
    @contextmanager
    def make_managed_session():
        session = SessionMaker()
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise
        finally:
            session.close()

    return make_managed_session


class SqlAlchemyStore:
    def __init__(self, db_uri):
        self.db_uri = db_uri
        self.engine = sqlalchemy.create_engine(db_uri, pool_pre_ping=True)
        SessionMaker = sessionmaker(bind=self.engine)
        self.ManagedSessionMaker = _get_managed_session_maker(SessionMaker)

    @staticmethod
    def _get_eager_lead_query_options():
        return [selectinload(SqlLead.outputs)]

    def _get_lead(self, session, lead_id, eager=False):
        query_options = self._get_eager_lead_query_options() if eager else []
        leads = session.query(SqlLead).options(*query_options).filter(SqlLead.id == lead_id).all()  # expect: scans-all [sa43a]
        if len(leads) == 0:
            raise LeadNotFound(f"Lead with id={lead_id} not found")
        return leads[0]

    def get_lead(self, lead_id):
        with self.ManagedSessionMaker() as session:
            lead = self._get_lead(session=session, lead_id=lead_id, eager=True)
            return {**lead.to_entity(), "outputs": [o.id for o in lead.outputs]}

    def set_status(self, lead_id, status):
        with self.ManagedSessionMaker() as session:
            lead = self._get_lead(session=session, lead_id=lead_id)
            lead.status = status
            session.merge(lead)

    def get_recent_outputs(self, lead_id):
        with self.ManagedSessionMaker() as session:
            lead = self._get_lead(session=session, lead_id=lead_id)
            outputs = session.query(SqlAgentOutput).with_parent(lead, SqlLead.outputs).filter(SqlAgentOutput.created_at >= lead.created_at).all()  # expect: prunes [sa43b]
            return [{"id": o.id, "kind": o.kind} for o in outputs]

    @staticmethod
    def _recent_clauses(user_id, days=7):
        return [SqlLead.user_id == user_id, SqlLead.created_at >= datetime.now(timezone.utc) - timedelta(days=days)]

    @staticmethod
    def _owner_clauses(user_id):
        return [SqlLead.user_id == user_id, SqlLead.status != "deleted"]

    def count_recent_leads(self, user_id):
        with self.ManagedSessionMaker() as session:
            return session.query(func.count(SqlLead.id)).filter(*self._recent_clauses(user_id)).scalar()  # expect: prunes [sa43g] cross

    def count_leads(self, user_id):
        with self.ManagedSessionMaker() as session:
            return session.query(func.count(SqlLead.id)).filter(*self._owner_clauses(user_id)).scalar()  # expect: scans-all [sa43h] cross

    def get_output_history(self, lead_id, kind):
        with self.ManagedSessionMaker() as session:
            outputs = session.query(SqlAgentOutput).filter_by(lead_id=lead_id, kind=kind).all()  # expect: scans-all [sa43c]
            return [{"id": o.id, "body": o.body} for o in outputs]

    def search_leads(self, user_ids, filter_string=None, max_results=100, order_by=None, page_token=None):
        offset = int(page_token) if page_token else 0
        with self.ManagedSessionMaker() as session:
            parsed_filters = search_utils.parse_search_filter(filter_string)
            attribute_filters = search_utils.get_attributes_filtering_clauses(parsed_filters)
            stmt = (
                select(SqlLead)
                .filter(SqlLead.user_id.in_(user_ids), *attribute_filters)
                .order_by(*search_utils.get_orderby_clauses(order_by))
                .offset(offset)
                .limit(max_results)
            )
            queried = session.execute(stmt).scalars().all()  # expect-also: [sa43d]
            leads = [lead.to_entity() for lead in queried]
            next_token = str(offset + max_results) if len(leads) == max_results else None
            return leads, next_token

    def _get_deleted_leads(self, older_than=0):
        current_time = datetime.now(timezone.utc)
        with self.ManagedSessionMaker() as session:
            leads = (
                session.query(SqlLead)
                .filter(
                    SqlLead.status == "deleted",
                    SqlLead.created_at <= current_time - timedelta(milliseconds=older_than),
                )
                .all()
            )  # expect: prunes [sa43e]
            return [lead.id for lead in leads]
