// Closures: a nested function (a `def thd(conn)` callback handed to a thread pool, a lambda) reads
// the variables of the function around it. The statement it runs is built from the values those
// variables hold where the closure is defined: a table and a where clause chosen in `if` arms of
// the enclosing method. A closure that binds the name itself reads its own. A callback the method
// runs (not one it returns) reads the method's parameters: it is judged with the method's visible
// callers, through the shared placement (one caller: inside; callers the planner disagrees on: at
// the scanning ones). A helper's table and clause passed by its one caller are judged alike.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE events (id bigint NOT NULL, kind text NOT NULL, source_id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE events_2026_01 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
`;

const TABLES = `import sqlalchemy as sa

metadata = sa.MetaData()

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.BigInteger, primary_key=True),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("source_id", sa.BigInteger),
    sa.Column("created_at", sa.DateTime(timezone=True), primary_key=True),
)
`;

const store = (body: string): string => `import sqlalchemy as sa

from feed.tables import events


class EventStore:
    def __init__(self, engine, pool):
        self.engine = engine
        self.pool = pool

${body}`;

const { findings } = pythonAppSuite(DDL);

const check = (body: string): string[] => findings({ 'feed/__init__.py': '', 'feed/tables.py': TABLES, 'feed/store.py': store(body) }, 'feed/store.py');

void test('a callback run by its method executes the where clause the method chose in if/else arms', () => {
  const body = `    def find(self, event_id=None, kind=None, source_id=None):
        tbl = events
        if event_id is not None:
            cond = tbl.c.id == event_id
        else:
            cond = (tbl.c.kind == kind) & (tbl.c.source_id == source_id)

        def run(conn):
            rows = conn.execute(sa.select(tbl.c.id).where(cond)).fetchall()
            return [r.id for r in rows]

        return self.pool.do(run)

    def recent(self, since):
        horizon = events.c.created_at >= since
        return self.pool.do(lambda conn: conn.execute(events.delete().where(horizon)).rowcount)
`;
  assert.deepEqual(check(body), ['rows = conn.execute(sa.select(tbl.c.id).where(cond)).fetchall()']);
});

void test('precision: bounds set in both arms, or a clause the callback binds itself, keep it silent', () => {
  const body = `    def window(self, since, kind=None):
        if kind is None:
            cond = events.c.created_at >= since
        else:
            cond = (events.c.kind == kind) & (events.c.created_at >= since)

        def run(conn):
            return conn.execute(events.select().where(cond)).fetchall()

        return self.pool.do(run)

    def shadowed(self, kind, since):
        cond = events.c.kind == kind

        def run(conn):
            cond = events.c.created_at >= since
            return conn.execute(events.select().where(cond)).fetchall()

        return self.pool.do(run)
`;
  assert.deepEqual(check(body), []);
});

const BASE = `class Component:
    def __init__(self, pool):
        self.pool = pool

    def find_id(self, tbl, whereclause):
        def thd(conn):
            row = conn.execute(tbl.select().where(whereclause)).fetchone()
            return row.id if row else None

        return self.pool.do(thd)

    def later(self, tbl, whereclause):
        def thd(conn):
            return conn.execute(tbl.select().where(whereclause)).fetchall()

        return thd
`;

const component = (body: string): string => `from feed.base import Component
from feed.tables import events


class Sources(Component):
    def recent(self, since):
        def thd(conn):
            return conn.execute(events.select().where(events.c.created_at >= since)).fetchall()

        return self.pool.do(thd)

${body}`;

const checkBase = (body: string, file = 'feed/base.py'): string[] =>
  findings({ 'feed/__init__.py': '', 'feed/tables.py': TABLES, 'feed/base.py': BASE, 'feed/sources.py': component(body) }, file);

void test('a callback reading its method\'s parameters is judged with the callers of the method (one caller: inside, where it runs)', () => {
  const one = '    def by_kind(self, kind):\n        return self.find_id(events, events.c.kind == kind)\n';
  assert.deepEqual(checkBase(one), ['row = conn.execute(tbl.select().where(whereclause)).fetchone()']);
});

void test('callers on which the planner disagrees: reported at the one that scans', () => {
  const two = [
    '    def by_kind(self, kind):',
    '        return self.find_id(events, events.c.kind == kind)',
    '',
    '    def in_window(self, kind, since):',
    '        return self.find_id(events, (events.c.kind == kind) & (events.c.created_at >= since))',
    '',
  ].join('\n');
  assert.deepEqual(checkBase(two), []);
  assert.deepEqual(checkBase(two, 'feed/sources.py'), ['return self.find_id(events, events.c.kind == kind)']);
});

void test('precision: a callback the method returns (run later, elsewhere), or a bounded caller, stays silent', () => {
  const later = '    def by_kind(self, kind):\n        return self.later(events, events.c.kind == kind)\n';
  assert.deepEqual(checkBase(later), []);
  const bounded = '    def in_window(self, kind, since):\n        return self.find_id(events, (events.c.kind == kind) & (events.c.created_at >= since))\n';
  assert.deepEqual(checkBase(bounded), []);
});

void test('a helper (no callback) whose table and clause come from its one visible caller is judged inside, where it runs', () => {
  const helpers = `def first_match(conn, tbl, whereclause):\n    return conn.execute(tbl.select().where(whereclause)).first()\n`;
  const caller = `from feed.helpers import first_match\nfrom feed.tables import events\n\n\ndef by_source(conn, source_id):\n    return first_match(conn, events, events.c.source_id == source_id)\n\n\ndef recent(conn, since):\n    return conn.execute(events.select().where(events.c.created_at >= since)).fetchall()\n`;
  const app = { 'feed/__init__.py': '', 'feed/tables.py': TABLES, 'feed/helpers.py': helpers, 'feed/api.py': caller };
  assert.deepEqual(findings(app, 'feed/helpers.py'), ['return conn.execute(tbl.select().where(whereclause)).first()']);
  const bounded = caller.replace('events.c.source_id == source_id', '(events.c.source_id == source_id) & (events.c.created_at >= source_id)');
  assert.deepEqual(findings({ ...app, 'feed/api.py': bounded }, 'feed/helpers.py'), []);
});
