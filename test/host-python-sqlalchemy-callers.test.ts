// SQLAlchemy helpers judged with their visible callers, on small applications checked in memory:
// - where a finding goes is decided by the planner's verdicts on the callers' statements: all alike
//   (a generic classmethod called on two models, every call scanning) → inside the helper, where
//   it runs; different (one caller passes the key, another does not) → at the callers that scan;
// - a helper with one visible caller runs the caller's statement for every caller it has: each
//   place that runs it is reported inside (query/placement.ts's one-caller decision);
// - a caller is matched whatever comment ends the helper's last line;
// - an argument fetched by `one()` / `scalar_one()` is never `None` (decides `if user is not None`),
//   nor one a builtin conversion returns (`int(…)`, directly or from a visible function);
// - a search function with many optional filters is judged on every path (optional order and
//   paging are not choices: they change no condition);
// - statements run by fastapi-pagination's `paginate` (a Query, or a session and a Select), by
//   Flask-SQLAlchemy's `db.paginate(query.statement)`, and a base classmethod `Model.query(db)`;
// - a helper's `*args` spread into `filter()` holds the conditions its call passes;
// - a helper ending the legacy Query its one caller passes (`query.one()`) is judged where it ends it.
// `leads` and `events` are RANGE partitioned by `created_at`, `campaigns` HASH by `user_id`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, user_id bigint NOT NULL, email text, status text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE events (id bigint NOT NULL, lead_id bigint, kind text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE campaigns (id bigint NOT NULL, user_id bigint NOT NULL, name text, archived boolean) PARTITION BY HASH (user_id);
CREATE TABLE users (id bigint NOT NULL, email text);
`;

const BASE = `
from sqlalchemy.orm import declarative_base

Declarative = declarative_base()


class Base(Declarative):
    __abstract__ = True

    @classmethod
    def find_one(cls, session, key, val):
        return session.query(cls).filter_by(**{key: val}).one_or_none()
`;

const MODELS = `
from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text
from app.base import Base


class Lead(Base):
    __tablename__ = "leads"
    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    email = Column(Text)
    status = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)


class Event(Base):
    __tablename__ = "events"
    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger)
    kind = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)


class Campaign(Base):
    __tablename__ = "campaigns"
    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text)
    archived = Column(Boolean)


class User(Base):
    __tablename__ = "users"
    id = Column(BigInteger, primary_key=True)
    email = Column(Text)
`;

const { findings } = pythonAppSuite(DDL);

const FIND = '        return session.query(cls).filter_by(**{key: val}).one_or_none()';

void test('a generic classmethod every caller runs without the key (on two models) is reported inside it, not at the callers', () => {
  const services = `
from app.models import Event, Lead


def lead_by_email(session, email):
    return Lead.find_one(session, "email", email)


def event_by_id(session, event_id):
    return Event.find_one(session, key="id", val=event_id)
`;
  const files = { 'base.py': BASE, 'models.py': MODELS, 'services.py': services };
  assert.deepEqual([...new Set(findings(files, 'base.py'))], [FIND.trim()]);
  assert.deepEqual(findings(files, 'services.py'), []);
});

void test('callers whose verdicts differ (one names the partition key) are reported at the caller that scans', () => {
  const services = `
from app.models import Lead


def lead_at(session, ts):
    return Lead.find_one(session, "created_at", ts)


def lead_by_id(session, lead_id):
    return Lead.find_one(session, "id", lead_id)
`;
  const files = { 'base.py': BASE, 'models.py': MODELS, 'services.py': services };
  assert.deepEqual(findings(files, 'base.py'), []);
  assert.deepEqual(findings(files, 'services.py'), ['return Lead.find_one(session, "id", lead_id)']);
});

void test('precision: a generic classmethod every caller runs with the key stays silent everywhere', () => {
  const services = `
from app.models import Event, Lead


def lead_at(session, ts):
    return Lead.find_one(session, "created_at", ts)


def event_at(session, ts):
    return Event.find_one(session, key="created_at", val=ts)
`;
  const files = { 'base.py': BASE, 'models.py': MODELS, 'services.py': services };
  assert.deepEqual(findings(files, 'base.py'), []);
  assert.deepEqual(findings(files, 'services.py'), []);
});

const RECENT = `
from sqlalchemy import select
from app.models import Lead


def recent(session, user_id, since=None):
    stmt = select(Lead).where(Lead.user_id == user_id)
    if since is not None:
        stmt = stmt.where(Lead.created_at >= since)
    return session.scalars(stmt).all()  # noqa: E501


def count_all(session):
    return session.query(Lead).count()  # scans
`;

void test('a helper whose last line ends in a comment is still judged with its callers (at the one that leaves the bound out)', () => {
  const views = `
from datetime import datetime, timezone
from sqlalchemy.orm import Session
from app.queries import recent


def dashboard(session: Session):
    return recent(session, 1, since=datetime(2026, 3, 1, tzinfo=timezone.utc))


def everything(session: Session):
    return recent(session, 2)
`;
  const files = { 'base.py': BASE, 'models.py': MODELS, 'queries.py': RECENT, 'views.py': views };
  assert.deepEqual(findings(files, 'queries.py'), ['return session.query(Lead).count()  # scans']);
  assert.deepEqual(findings(files, 'views.py'), ['return recent(session, 2)']);
});

const PROJECTS = (fetch: string): string => `
from sqlalchemy import select
from app.models import Campaign, User


def get_user(session, email):
    return session.query(User).filter(User.email == email).${fetch}


def projects(session, user=None, archived=None):
    stmt = select(Campaign).order_by(Campaign.name)
    if user is not None:
        stmt = stmt.where(Campaign.user_id == user.id)
    if archived is not None:
        stmt = stmt.where(Campaign.archived == archived)
    return session.scalars(stmt).all()
`;

const PROFILE = `
from app.queries import get_user, projects


def profile(session, email):
    user = get_user(session, email)
    return projects(session, user=user)


def active(session, email):
    user = get_user(session, email)
    return projects(session, user=user, archived=False)
`;

void test('an argument fetched by one() is never None: the bound it adds is on every caller\'s path', () => {
  for (const fetch of ['one()', 'scalar_one()']) {
    const files = { 'base.py': BASE, 'models.py': MODELS, 'queries.py': PROJECTS(fetch), 'views.py': PROFILE };
    assert.deepEqual(findings(files, 'queries.py'), [], fetch);
    assert.deepEqual(findings(files, 'views.py'), [], fetch);
  }
});

void test('precision: an argument fetched by first() may be None, so the path without the bound is reported', () => {
  const files = { 'base.py': BASE, 'models.py': MODELS, 'queries.py': PROJECTS('first()'), 'views.py': PROFILE };
  assert.deepEqual(findings(files, 'queries.py'), ['return session.scalars(stmt).all()']);
});

const SEARCH = (always: string): string => `
from sqlalchemy.orm import Session
from app.models import Lead


def search_leads(session: Session, user_id=None, lead_id=None, status=None, email=None, after=None, count=False, order=None, offset=None, limit=None):
    query = session.query(Lead)${always}
    if user_id is not None:
        query = query.filter(Lead.user_id == user_id)
    if lead_id is not None:
        query = query.filter(Lead.id == lead_id)
    if status is not None:
        if status == "open":
            query = query.filter(Lead.status == "open")
        elif status != "all":
            query = query.filter(Lead.status != "open")
    if email is not None:
        query = query.filter(Lead.email == email)
    if after:
        query = query.filter(Lead.id > after)
    if count:
        return query.count()
    if order:
        query = query.order_by(Lead.id.desc() if order == "desc" else Lead.id)
    if offset:
        query = query.offset(offset)
    if limit:
        query = query.limit(limit).order_by(Lead.id)
    return query.all()
`;

void test('a search function with six optional filters (none of them the key) and optional paging is reported on both of its terminals', () => {
  const text = SEARCH('');
  assert.deepEqual(findings({ 'base.py': BASE, 'models.py': MODELS, 'search.py': text }, 'search.py'), ['return query.count()', 'return query.all()']);
});

void test('precision: the same search function bounded on the key before its optional filters stays silent', () => {
  const text = SEARCH('.filter(Lead.created_at >= "2026-03-01")');
  assert.deepEqual(findings({ 'base.py': BASE, 'models.py': MODELS, 'search.py': text }, 'search.py'), []);
});

const PAGES = `
from fastapi import Depends
from fastapi_pagination import Params
from fastapi_pagination.ext.sqlalchemy import paginate
from sqlalchemy import select
from app.models import Event, Lead


def lead_page(db, status, params: Params = Depends()):
    query = db.query(Lead).filter(Lead.status == status).order_by(Lead.id)
    return paginate(query, params)


def event_page(db, lead_id, params: Params = Depends()):
    return paginate(db, select(Event).where(Event.lead_id == lead_id), params)


def recent_page(db, since, params: Params = Depends()):
    return paginate(db.query(Lead).filter(Lead.created_at >= since), params)


def own_paginate(items, params):
    return items[:10]


def listed(db, params):
    return own_paginate([1, 2], params)
`;

void test('fastapi-pagination runs the Query or the Select it is given (a page and a count)', () => {
  const files = { 'base.py': BASE, 'models.py': MODELS, 'pages.py': PAGES };
  assert.deepEqual(findings(files, 'pages.py'), ['return paginate(query, params)', 'return paginate(db, select(Event).where(Event.lead_id == lead_id), params)']);
});

void test('precision: a paginate of another module is not a query; one given the key stays silent', () => {
  const other = PAGES.replace('from fastapi_pagination.ext.sqlalchemy import paginate', 'from app.lists import paginate');
  const lists = 'def paginate(items, params):\n    return items[:10]\n';
  assert.deepEqual(findings({ 'base.py': BASE, 'models.py': MODELS, 'pages.py': other, 'lists.py': lists }, 'pages.py'), []);
});

void test('query.statement is the Query as a Select; Model.query(db) is the base classmethod\'s query', () => {
  const base = BASE.replace('    @classmethod\n    def find_one', '    @classmethod\n    def query(cls, db):\n        return db.query(cls)\n\n    @classmethod\n    def find_one');
  const views = `
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import func
from app.models import Event, Lead

db = SQLAlchemy()


def lead_pages(status):
    q = db.session.query(Lead).filter(Lead.status == status)
    return db.paginate(q.order_by(Lead.id).statement, page=1, per_page=20)


def lead_total(session, status):
    q = session.query(Lead).filter(Lead.status == status)
    return session.execute(q.statement.with_only_columns(func.count(Lead.id)).order_by(None)).scalar()


def events_of(session, lead_id):
    return Event.query(session).filter(Event.lead_id == lead_id).all()


def recent_events(session, since):
    return Event.query(session).filter(Event.created_at >= since).all()
`;
  assert.deepEqual(findings({ 'base.py': base, 'models.py': MODELS, 'views.py': views }, 'views.py'), [
    'return db.paginate(q.order_by(Lead.id).statement, page=1, per_page=20)',
    'return session.execute(q.statement.with_only_columns(func.count(Lead.id)).order_by(None)).scalar()',
    'return Event.query(session).filter(Event.lead_id == lead_id).all()',
  ]);
});

void test('a helper\'s *conditions spread into filter() are the ones each call passes (none, or the key)', () => {
  const base = BASE.replace('    @classmethod\n    def find_one', '    @classmethod\n    def first_where(cls, session, *conditions, **by):\n        return session.query(cls).filter(*conditions).filter_by(**by).first()\n\n    @classmethod\n    def find_one');
  const services = `
from app.models import Event, Lead


def lead_by_email(session, email):
    return Lead.first_where(session, email=email)


def lead_since(session, email, since):
    return Lead.first_where(session, Lead.created_at >= since, email=email)


def event_since(session, lead_id, since):
    return Event.first_where(session, Event.created_at >= since, Event.lead_id == lead_id)
`;
  const files = { 'base.py': base, 'models.py': MODELS, 'services.py': services };
  assert.deepEqual(findings(files, 'services.py'), ['return Lead.first_where(session, email=email)']);
  assert.deepEqual(findings(files, 'base.py'), []);
});

const PAGER = `
def preview_and_rest(session, stmt, size=20):
    preview = session.execute(stmt.limit(size)).all()
    rest = session.scalars(stmt.offset(size)).all()
    return preview, rest
`;

const pagedLeads = (where: string): string => `
from sqlalchemy import select
from app.models import Lead
from app.pager import preview_and_rest


def owner_leads(session, owner, since):
    stmt = select(Lead).where(${where})
    return preview_and_rest(session, stmt)
`;

void test('a helper with one visible caller runs its statement at two places: each is reported inside, the caller silent', () => {
  const files = { 'base.py': BASE, 'models.py': MODELS, 'pager.py': PAGER, 'views.py': pagedLeads('Lead.user_id == owner') };
  assert.deepEqual(findings(files, 'pager.py'), [
    'preview = session.execute(stmt.limit(size)).all()',
    'rest = session.scalars(stmt.offset(size)).all()',
  ]);
  assert.deepEqual(findings(files, 'views.py'), []);
});

void test('precision: the same helper whose one caller bounds the key stays silent, and so does the caller', () => {
  const files = { 'base.py': BASE, 'models.py': MODELS, 'pager.py': PAGER, 'views.py': pagedLeads('Lead.created_at >= since') };
  assert.deepEqual([findings(files, 'pager.py'), findings(files, 'views.py')], [[], []]);
});

// A module-level helper executing the query its several callers pass (the parameter itself).
const FIRST_PAGE = `
def first_page(session, stmt, size=20):
    return session.scalars(stmt.limit(size)).all()
`;

const firstPageApp = (services: string): Record<string, string> => ({ 'base.py': BASE, 'models.py': MODELS, 'paging.py': FIRST_PAGE, 'services.py': `from sqlalchemy import select\n\nfrom app.models import Event, Lead\nfrom app.paging import first_page\n\n${services}` });

void test('a helper executing its parameter, every caller scanning alike: reported once inside it, not at the calls', () => {
  const files = firstPageApp(`
def leads_of(session, user_id):
    return first_page(session, select(Lead).where(Lead.user_id == user_id))


def events_of(session, kind):
    return first_page(session, select(Event).where(Event.kind == kind), size=50)
`);
  assert.deepEqual(findings(files, 'services.py'), []);
  assert.deepEqual([...new Set(findings(files, 'paging.py'))], ['return session.scalars(stmt.limit(size)).all()']);
});

void test('a helper executing its parameter, verdicts differing: reported at the scanning call only', () => {
  const files = firstPageApp(`
def leads_of(session, user_id):
    return first_page(session, select(Lead).where(Lead.user_id == user_id))


def recent_leads(session, since):
    return first_page(session, select(Lead).where(Lead.created_at >= since))
`);
  assert.deepEqual(findings(files, 'services.py'), ['return first_page(session, select(Lead).where(Lead.user_id == user_id))']);
  assert.deepEqual(findings(files, 'paging.py'), []);
});

const TASKS = `
from app.models import Campaign


def tasks(session, owner_id=None, archived=False):
    query = session.query(Campaign)
    if owner_id is not None:
        query = query.filter(Campaign.user_id == owner_id)
    if not archived:
        query = query.filter(Campaign.archived.is_(False))
    return query.order_by(Campaign.name)
`;

const OWNER = (reads: string): string => `
from flask import request
from app.queries import tasks


def current_user_id():
    return ${reads}


def mine(session):
    return tasks(session, owner_id=current_user_id()).all()


def by_header(session):
    return tasks(session, owner_id=int(request.args["owner"]), archived=True).all()
`;

void test('an argument a builtin conversion returns (int(…), directly or from a visible function) is never None: the owner bound is on the path', () => {
  const files = { 'base.py': BASE, 'models.py': MODELS, 'queries.py': TASKS, 'views.py': OWNER('int(request.headers["X-User"])') };
  assert.deepEqual(findings(files, 'queries.py'), []);
  assert.deepEqual(findings(files, 'views.py'), []);
});

void test('precision: a function returning request.headers.get(…) may return None, so the call without the owner bound is reported', () => {
  const files = { 'base.py': BASE, 'models.py': MODELS, 'queries.py': TASKS, 'views.py': OWNER('request.headers.get("X-User")') };
  assert.deepEqual(findings(files, 'views.py'), ['return tasks(session, owner_id=current_user_id()).all()']);
});

// A helper ending the legacy Query its one caller passes (SecureDrop's `get_one_or_else`, in its models module).
const ONE_OR_ELSE = `

def get_one_or_else(query, logger, failure_method):
    try:
        return query.one()
    except Exception as e:
        logger.error("expected one row of {}: {}".format(query, e))
        failure_method(404)
`;

const oneOrElseApp = (bound: string): Record<string, string> => ({
  'base.py': BASE,
  'models.py': MODELS + ONE_OR_ELSE,
  'sources.py': `from flask import abort, current_app\n\nfrom app.models import Lead, get_one_or_else\n\n\ndef get_source(session, email):\n    query = session.query(Lead).filter(Lead.email == email)${bound}\n    return get_one_or_else(query, current_app.logger, abort)\n`,
});

void test('a helper ending the legacy Query its one caller passes (query.one()) is reported where it runs it, not at the call', () => {
  const files = oneOrElseApp('');
  assert.deepEqual(findings(files, 'models.py'), ['return query.one()']);
  assert.deepEqual(findings(files, 'sources.py'), []);
});

void test('precision: the same helper whose one caller bounds created_at stays silent, and so does the caller', () => {
  const files = oneOrElseApp('.filter(Lead.created_at >= "2026-01-01")');
  assert.deepEqual(findings(files, 'models.py'), []);
  assert.deepEqual(findings(files, 'sources.py'), []);
});
