// Closures: a nested function (a `def thd(conn)` callback handed to a thread pool, a lambda) reads
// the variables of the function around it. The statement it runs is built from the values those
// variables hold where the closure is defined: a table and a where clause chosen in `if` arms of
// the enclosing method. A closure that binds the name itself reads its own.
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
