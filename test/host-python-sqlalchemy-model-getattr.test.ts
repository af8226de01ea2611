// A query helper that takes the mapped class and reads an optional attribute with
// `getattr(cls, "name", None)` (OpenStack Nova's `model_query` and its soft-delete column):
// with the caller's class known, `if col is not None:` is decided, so a private helper with
// several callers (`_latest_event(ctx, …)` returning `scoped_query(ctx, Event)….first()`) is
// judged on the paths that really exist instead of none.
// `leads` and `events` are RANGE partitioned by `created_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, user_id bigint NOT NULL, email text, archived boolean, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE events (id bigint NOT NULL, lead_id bigint, kind text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
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
    archived = Column(Boolean)
    created_at = Column(DateTime(timezone=True), primary_key=True)


class Event(Base):
    __tablename__ = "events"
    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger)
    kind = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)
`;

const QUERY = `
def scoped_query(ctx, cls, show=None):
    if show is None:
        show = ctx.show
    archived_col = getattr(cls, "archived", None)
    q = ctx.db.query(cls)
    if archived_col is not None:
        if show == "active":
            q = q.filter(archived_col.is_(False))
        elif show == "archived":
            q = q.filter(archived_col.is_(True))
        elif show != "all":
            raise ValueError(show)
    return q
`;

const { findings } = pythonAppSuite(DDL);

const helpers = (cond: string): string => `
from app.query import scoped_query
from app.models import Event


def _latest_event(ctx, lead_id, since):
    return (
        scoped_query(ctx, Event)
        .filter_by(${cond})
        .order_by(Event.id.desc())
        .first()
    )


def latest_event(ctx, lead_id, since):
    return _latest_event(ctx, lead_id, since)


def event_kind(ctx, lead_id, since):
    ev = _latest_event(ctx, lead_id, since)
    return ev.kind if ev else None
`;

void test('a private helper with two callers over a query helper reading getattr(cls, "archived", None) is reported where it runs', () => {
  const files = { 'models.py': MODELS, 'query.py': QUERY, 'events.py': helpers('lead_id=lead_id') };
  // A chain spread over lines is reported at its first line, inside the helper.
  assert.deepEqual(findings(files, 'events.py'), ['scoped_query(ctx, Event)']);
});

void test('precision: the same helper filtering on the partition key stays silent', () => {
  const files = { 'models.py': MODELS, 'query.py': QUERY, 'events.py': helpers('lead_id=lead_id, created_at=since') };
  assert.deepEqual(findings(files, 'events.py'), []);
});

void test('precision: a class on a base we cannot see is not assumed to lack the attribute', () => {
  const models = MODELS.replace('class Event(Base):', 'from oslo_db.sqlalchemy.models import ModelBase\n\n\nclass Event(ModelBase, Base):');
  const files = { 'models.py': models, 'query.py': QUERY, 'events.py': helpers('lead_id=lead_id') };
  assert.deepEqual(findings(files, 'events.py'), []);
});
