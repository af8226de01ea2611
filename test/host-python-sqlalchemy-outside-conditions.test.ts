// SQLAlchemy conditions built outside the statement, on small applications checked in memory:
// - a condition a visible helper returns (`.filter(self.visibility_clause())`, `.where(tenant_rule(t))`),
//   read on each path through the helper (its `if`s, `X if cond else true()`);
// - a local `rule = Campaign.id != cid if cid else true()`: each arm is a path;
// - `query(model).filter(cond)` in a method whose visible callers pass the model and the condition:
//   judged with each caller's arguments.
// `leads` is RANGE partitioned by `created_at`, `campaigns` HASH by `user_id`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, user_id bigint NOT NULL, email text, status text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE campaigns (id bigint NOT NULL, user_id bigint NOT NULL, name text, archived boolean) PARTITION BY HASH (user_id);
`;

const MODELS = `
from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Lead(Base):
    __tablename__ = "leads"
    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    email = Column(Text)
    status = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)


class Campaign(Base):
    __tablename__ = "campaigns"
    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text)
    archived = Column(Boolean)
`;

const { findings } = pythonAppSuite(DDL);

const REPO = (rule: string): string => `
from sqlalchemy import and_, true
from app.models import Lead


class LeadStore:
    def __init__(self, session):
        self.session = session

    def visibility_clause(self, include_hidden=False, since=None):
        if include_hidden:
            hidden_rule = true()
        else:
            hidden_rule = Lead.status != "hidden"
        ${rule}
        return and_(hidden_rule, window_rule)

    def recent(self, since):
        return self.session.query(Lead).filter(self.visibility_clause(since=since)).limit(10).all()
`;

void test('a condition a helper method returns, on every path without the key, is reported where the query runs', () => {
  const files = { 'models.py': MODELS, 'store.py': REPO('window_rule = Lead.user_id == 7 if since is None else true()') };
  assert.deepEqual(findings(files, 'store.py'), ['return self.session.query(Lead).filter(self.visibility_clause(since=since)).limit(10).all()']);
});

void test('precision: a helper condition holding the partition key stays silent', () => {
  const files = { 'models.py': MODELS, 'store.py': REPO('window_rule = Lead.created_at >= since') };
  assert.deepEqual(findings(files, 'store.py'), []);
});

void test('a module function condition used in where(), and a local `X if cond else true()`, are read arm by arm', () => {
  const rules = `
from sqlalchemy import select, true
from app.models import Campaign


def tenant_rule(owner_id):
    return Campaign.user_id == owner_id


def name_taken(session, name, owner_id, exclude_id=None):
    other = Campaign.id != exclude_id if exclude_id else true()
    mine = session.execute(select(Campaign).where(Campaign.name == name, tenant_rule(owner_id), other)).first()
    shared = session.execute(select(Campaign).where(Campaign.name == name, Campaign.archived == True, other)).first()  # noqa: E712
    return mine or shared
`;
  const files = { 'models.py': MODELS, 'rules.py': rules };
  assert.deepEqual(findings(files, 'rules.py'), ['shared = session.execute(select(Campaign).where(Campaign.name == name, Campaign.archived == True, other)).first()  # noqa: E712']);
});

// The pager's module imports the models it is used with (a file that names no model is not
// checked as SQLAlchemy code).
const PAGER = `
from app.models import Lead  # noqa: F401


class Pager:
    def __init__(self, session):
        self.session = session

    def page_of(self, entity, condition, page=1, per_page=20):
        query = self.session.query(entity).filter(condition)
        return query.offset((page - 1) * per_page).limit(per_page).all()
`;

void test('a method running `query(entity).filter(condition)` its callers pass is judged with their arguments', () => {
  const views = `
from app.models import Lead
from app.pager import Pager


def by_email(session, email):
    return Pager(session).page_of(Lead, Lead.email == email)


def everything(session, page):
    return Pager(session).page_of(Lead, True, page)
`;
  const files = { 'models.py': MODELS, 'pager.py': PAGER, 'views.py': views };
  assert.deepEqual(findings(files, 'pager.py'), ['return query.offset((page - 1) * per_page).limit(per_page).all()']);
});

void test('precision: callers that all pass the partition key in the condition leave the method silent', () => {
  const views = `
from app.models import Lead
from app.pager import Pager


def since(session, ts):
    return Pager(session).page_of(Lead, Lead.created_at >= ts)


def between(session, lo, hi):
    return Pager(session).page_of(Lead, Lead.created_at.between(lo, hi), 2)
`;
  const files = { 'models.py': MODELS, 'pager.py': PAGER, 'views.py': views };
  assert.deepEqual(findings(files, 'pager.py'), []);
  assert.deepEqual(findings(files, 'views.py'), []);
});

// `owner, status = resolve(token)` passed on to a helper whose `if status:` is decided by the
// caller: the tuple element is read in the unpacked helper's own file, through a call there.
const UNPACKED = (window: string): string => `
from app.models import Lead


def normalise(token):
    return token.strip().lower()


def resolve(token):
    status = normalise(token)
    return int(token), status


def leads_of(session, owner, status=None):
    query = session.query(Lead).filter(Lead.user_id == owner${window})
    if status:
        query = query.filter(Lead.status == status)
    return query.all()


def page(session, token):
    owner, status = resolve(token)
    return leads_of(session, owner, status)
`;

void test('a helper judged with an argument unpacked from another helper\'s tuple return, built by a call there, is reported', () => {
  const files = { 'models.py': MODELS, 'views.py': UNPACKED('') };
  assert.deepEqual(findings(files, 'views.py'), ['return query.all()']);
});

void test('precision: the same helper with the partition key in its filter stays silent', () => {
  const files = { 'models.py': MODELS, 'views.py': UNPACKED(', Lead.created_at >= owner') };
  assert.deepEqual(findings(files, 'views.py'), []);
});
