// SQLAlchemy Core tables kept as class attributes of a plain holder class (Buildbot's `class Model:
// builds = sa.Table(...)`), reached through an instance attribute named after the holder
// (`self.db.model.builds`), through the class itself (`Schema.orders`), through a local bound to
// one (`tbl = self.db.model.builds`), or by name from the holder's metadata
// (`self.db.model.metadata.tables["leads"]`); statements run by `conn.execute` inside nested
// `def thd(conn)` callbacks. A same-named attribute of another receiver is not the table.
// `leads` is RANGE partitioned by `created_at`, `campaigns` HASH by `user_id`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, user_id bigint NOT NULL, campaign_id bigint, status text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE campaigns (id bigint NOT NULL, user_id bigint NOT NULL, name text) PARTITION BY HASH (user_id);
`;

const SCHEMA = `
import sqlalchemy as sa

meta = sa.MetaData()


class StoreSchema:
    metadata = meta

    orders = sa.Table(
        "leads",
        meta,
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("campaign_id", sa.BigInteger),
        sa.Column("status", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), primary_key=True),
    )

    shops = sa.Table(
        "campaigns",
        meta,
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("user_id", sa.BigInteger, primary_key=True),
        sa.Column("name", sa.Text),
    )
`;

const { findings } = pythonAppSuite(DDL);

void test('a Table held by a holder class is read through the holder instance, a local bound to it, and the class', () => {
  const orders = `
import sqlalchemy as sa

from app.schema import StoreSchema


class OrdersStore:
    def __init__(self, database):
        self.database = database

    def by_id(self, order_id):
        def thd(conn):
            tbl = self.database.store_schema.orders
            q = tbl.select().where(tbl.c.id == order_id)
            return conn.execute(q).fetchone()

        return self.database.pool.do(thd)

    def rename_shop(self, shop_id, name):
        def thd(conn):
            conn.execute(StoreSchema.shops.update().where(StoreSchema.shops.c.id == shop_id).values(name=name))

        return self.database.pool.do(thd)

    def latest(self, shop_id):
        def thd(conn):
            orders = self.database.store_schema.orders
            q = sa.select(sa.func.max(orders.c.id)).where(orders.c.campaign_id == shop_id)
            return conn.execute(q).scalar()

        return self.database.pool.do(thd)

    def since(self, shop_id, start):
        def thd(conn):
            tbl = self.database.store_schema.orders
            q = tbl.select().where(tbl.c.campaign_id == shop_id, tbl.c.created_at >= start)
            return conn.execute(q).fetchall()

        return self.database.pool.do(thd)
`;
  assert.deepEqual(findings({ 'schema.py': SCHEMA, 'orders.py': orders }, 'orders.py'), [
    'return conn.execute(q).fetchone()',
    'conn.execute(StoreSchema.shops.update().where(StoreSchema.shops.c.id == shop_id).values(name=name))',
    'return conn.execute(q).scalar()',
  ]);
});

void test("a held Table looked up by name in the holder's metadata is read as that table", () => {
  const cleanup = `
class Cleanup:
    def __init__(self, db):
        self.db = db

    def drop(self, ids):
        def thd(conn):
            table = self.db.store_schema.metadata.tables["leads"]
            conn.execute(table.delete().where(table.c.id.in_(ids)))

        return self.db.pool.do(thd)
`;
  assert.deepEqual(findings({ 'schema.py': SCHEMA, 'cleanup.py': cleanup }, 'cleanup.py'), ['conn.execute(table.delete().where(table.c.id.in_(ids)))']);
});

void test('an attribute of the same name on another receiver is not the held Table', () => {
  const other = `
class Report:
    def __init__(self, cache):
        self.cache = cache

    def rows(self, conn, order_id):
        tbl = self.cache.orders
        return conn.execute(tbl.select().where(tbl.c.id == order_id)).fetchall()

    def own(self, conn, order_id):
        return conn.execute(self.orders.select().where(self.orders.c.id == order_id)).fetchall()
`;
  assert.deepEqual(findings({ 'schema.py': SCHEMA, 'report.py': other }, 'report.py'), []);
});
