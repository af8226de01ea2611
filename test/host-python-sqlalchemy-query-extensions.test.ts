// Methods a query-class extension adds to the legacy `Query`: oslo.db's `query.soft_delete()`
// sends `UPDATE … SET deleted = id, deleted_at = now WHERE <the query's criteria>`, judged like
// `query.update()`; the mixin's instance method `row.soft_delete(session)` is not a query.
// `events` is RANGE partitioned by `created_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE events (id bigint NOT NULL, lead_id bigint, kind text, deleted bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
`;

const MODELS = `
from sqlalchemy import BigInteger, Column, DateTime, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Event(Base):
    __tablename__ = "events"
    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger)
    kind = Column(Text)
    deleted = Column(BigInteger)
    created_at = Column(DateTime(timezone=True), primary_key=True)
`;

const { findings } = pythonAppSuite(DDL);

void test('query.soft_delete() without the partition key is an UPDATE that scans every partition', () => {
  const api = `
from app.models import Event


def event_destroy(session, lead_id):
    count = session.query(Event).filter_by(lead_id=lead_id).soft_delete(synchronize_session=False)
    return count
`;
  assert.deepEqual(findings({ 'models.py': MODELS, 'api.py': api }, 'api.py'), ['count = session.query(Event).filter_by(lead_id=lead_id).soft_delete(synchronize_session=False)']);
});

void test('precision: query.soft_delete() under a partition-key window stays silent', () => {
  const api = `
from app.models import Event


def events_purge(session, kind, start, end):
    return session.query(Event).filter(Event.kind == kind, Event.created_at >= start, Event.created_at < end).soft_delete()
`;
  assert.deepEqual(findings({ 'models.py': MODELS, 'api.py': api }, 'api.py'), []);
});

void test('precision: a row soft-deleting itself (the mixin instance method) is not a query', () => {
  const api = `
from app.models import Event


def event_soft_delete(session, event):
    event.soft_delete(session)
`;
  assert.deepEqual(findings({ 'models.py': MODELS, 'api.py': api }, 'api.py'), []);
});
