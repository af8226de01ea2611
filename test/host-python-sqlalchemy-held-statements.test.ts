// SQLAlchemy wrapper classes over a statement handed to their constructor (a pager or a sequence:
// `__init__` keeps the query in `self.<attr>`, `__len__`/`__getitem__`/`__iter__`/`__init__` run it),
// judged once per visible construction and placed by query/placement.ts:
// - every construction scans → reported inside the wrapper, where it runs, in a module naming no model;
// - the constructions differ (one names the partition key) → at the construction that scans;
// - every construction passes the key → silent; a construction we cannot judge → silent;
// - precision: a builder object whose methods refine the attribute is not judged by its constructions.
// `events` is RANGE partitioned by `created_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE events (id bigint NOT NULL, account_id bigint, kind text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
`;

const MODELS = `
from sqlalchemy import BigInteger, Column, DateTime, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Event(Base):
    __tablename__ = "events"
    id = Column(BigInteger, primary_key=True)
    account_id = Column(BigInteger)
    kind = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)
`;

// A generic module: it names no model and no table.
const PAGING = `
import math


class ResultWindow:
    def __init__(self, source, size=25):
        self.size = size
        self.source = source

    def __len__(self):
        return self.source.count()

    def __getitem__(self, position):
        return self.source[position]

    def __iter__(self):
        for row in self.source:
            yield row

    def pages(self):
        return math.ceil(len(self) / self.size)
`;

const { findings } = pythonAppSuite(DDL);

const SITES = ['return self.source.count()', 'return self.source[position]', 'for row in self.source:'];

void test('a wrapper every construction gives a scanning query is reported where it runs the query, in a module naming no model', () => {
  const feed = `
from app.models import Event
from app.paging import ResultWindow


def account_feed(session, account_id):
    return ResultWindow(session.query(Event).filter(Event.account_id == account_id))


def kind_feed(session, kind):
    query = session.query(Event).filter_by(kind=kind).order_by(Event.id)
    return ResultWindow(query, size=50)
`;
  const files = { 'models.py': MODELS, 'paging.py': PAGING, 'feed.py': feed };
  assert.deepEqual([...new Set(findings(files, 'paging.py'))], SITES);
  assert.deepEqual(findings(files, 'feed.py'), []);
});

void test('constructions whose verdicts differ are reported at the construction that scans', () => {
  const feed = `
from app.models import Event
from app.paging import ResultWindow


def recent_feed(session, since):
    return ResultWindow(session.query(Event).filter(Event.created_at >= since))


def kind_feed(session, kind):
    return ResultWindow(session.query(Event).filter_by(kind=kind))
`;
  const files = { 'models.py': MODELS, 'paging.py': PAGING, 'feed.py': feed };
  assert.deepEqual(findings(files, 'paging.py'), []);
  assert.deepEqual([...new Set(findings(files, 'feed.py'))], ['return ResultWindow(session.query(Event).filter_by(kind=kind))']);
});

void test('precision: constructions that all pass the partition key stay silent everywhere', () => {
  const feed = `
from app.models import Event
from app.paging import ResultWindow


def recent_feed(session, since):
    return ResultWindow(session.query(Event).filter(Event.created_at >= since))
`;
  const files = { 'models.py': MODELS, 'paging.py': PAGING, 'feed.py': feed };
  assert.deepEqual(findings(files, 'paging.py'), []);
  assert.deepEqual(findings(files, 'feed.py'), []);
});

void test('precision: a construction given a query we cannot see leaves the wrapper silent', () => {
  const feed = `
from app.models import Event
from app.paging import ResultWindow


def kind_feed(session, kind):
    return ResultWindow(session.query(Event).filter_by(kind=kind))


def any_feed(query):
    return ResultWindow(query)
`;
  const files = { 'models.py': MODELS, 'paging.py': PAGING, 'feed.py': feed };
  assert.deepEqual(findings(files, 'paging.py'), []);
});

void test('precision: a builder object whose methods refine the attribute is not judged by its constructions', () => {
  const builder = `
class EventFilter:
    def __init__(self, query):
        self.query = query

    def since(self, when):
        self.query = self.query.filter_by(created_at=when)
        return self

    def count(self):
        return self.query.count()
`;
  const feed = `
from app.models import Event
from app.builder import EventFilter


def recent_count(session, when):
    return EventFilter(session.query(Event)).since(when).count()
`;
  const files = { 'models.py': MODELS, 'builder.py': builder, 'feed.py': feed };
  assert.deepEqual(findings(files, 'builder.py'), []);
});
