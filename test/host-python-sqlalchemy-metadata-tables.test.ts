// A mapped class's table looked up by name in the declarative metadata (`Base.metadata.tables[name]`,
// Nova's archive of soft-deleted rows): the name written there, or passed by the visible caller,
// names the table; Core statements on it are judged like statements on the model's table.
// The caller above the helper is found whatever the offsets of the index's own parse of it
// (a caller parsed alone once looked like a recursive call of a helper spanning its offsets).
// `events` is RANGE partitioned by `created_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE events (id bigint NOT NULL, kind text, state text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE users (id bigint NOT NULL, email text);
`;

const MODELS = `
from sqlalchemy import BigInteger, Column, DateTime, Text
from sqlalchemy.orm import declarative_base

Model = declarative_base()


class Event(Model):
    __tablename__ = "events"
    id = Column(BigInteger, primary_key=True)
    kind = Column(Text)
    state = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)


class User(Model):
    __tablename__ = "users"
    id = Column(BigInteger, primary_key=True)
    email = Column(Text)
`;

const { findings } = pythonAppSuite(DDL);

const purge = (cond: string, name = 'table_name'): string => `
from sqlalchemy import delete, select

from app.models import Model


def _purge_table(conn, table_name, before):
    tbl = Model.metadata.tables[${name}]
    ids = [r.id for r in conn.execute(select(tbl.c.id).where(${cond}))]
    conn.execute(delete(tbl).where(tbl.c.id.in_(ids)))


def purge_all(engine, before):
    with engine.begin() as conn:
        _purge_table(conn, "events", before)
`;

void test('a table named by the caller and looked up in the metadata: both statements scan', () => {
  assert.deepEqual(findings({ 'models.py': MODELS, 'purge.py': purge('tbl.c.state == "done"') }, 'purge.py'), [
    'ids = [r.id for r in conn.execute(select(tbl.c.id).where(tbl.c.state == "done"))]',
    'conn.execute(delete(tbl).where(tbl.c.id.in_(ids)))',
  ]);
});

void test('a literal name in the lookup is read the same way', () => {
  assert.deepEqual(findings({ 'models.py': MODELS, 'purge.py': purge('tbl.c.state == "done"', '"events"') }, 'purge.py').length, 2);
});

void test('precision: the select bounded by the partition key stays silent (the delete by id still scans)', () => {
  assert.deepEqual(findings({ 'models.py': MODELS, 'purge.py': purge('tbl.c.created_at < before') }, 'purge.py'), ['conn.execute(delete(tbl).where(tbl.c.id.in_(ids)))']);
});

void test('precision: a name no visible model maps stays unknown', () => {
  assert.deepEqual(findings({ 'models.py': MODELS, 'purge.py': purge('tbl.c.state == "done"', '"shadow_events"') }, 'purge.py'), []);
});
