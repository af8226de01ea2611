// Convert Table to Partitioned: the generated migration (SQL and Rails) is never run by the
// extension; here the test runs the SQL on a throwaway database to prove it works without a
// data copy and keeps every row, on both servers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openDb, profileFromUrl } from '../server/src/db/connection';
import { buildConvertMigration } from '../server/src/db/convert';
import { freshDatabase, pgServers } from './helpers/db';

const NOW = new Date(Date.UTC(2026, 10, 24, 12));

/** Runs the script statement by statement (CONCURRENTLY cannot share a transaction). */
async function runScript(c: pg.Client, sql: string): Promise<void> {
  const stmts = sql.split('\n').filter((l) => l.trim() && !l.startsWith('--'));
  for (const s of stmts) await c.query(s);
}

void test('generated conversion attaches the old table as a partition, no rows copied or lost', async (t) => {
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) return void t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
  for (const server of servers) {
    await t.test(`PostgreSQL ${server.major}`, async () => {
      const fresh = await freshDatabase(server, 'convert');
      const db = openDb(profileFromUrl(fresh.url));
      const c = new pg.Client({ connectionString: fresh.url });
      await c.connect();
      try {
        await c.query(`CREATE TABLE "Lead Events" (id bigserial PRIMARY KEY, company text, "Created At" timestamptz DEFAULT now())`);
        await c.query(`CREATE INDEX "by company" ON "Lead Events" (company)`);
        await c.query(`CREATE TABLE notes (id int, lead_id bigint REFERENCES "Lead Events" (id))`);
        await c.query(`INSERT INTO "Lead Events" (company, "Created At") SELECT 'c' || g, timestamptz '2026-01-01' + g * interval '1 hour' FROM generate_series(1, 5000) g`);
        const before = (await c.query(`SELECT ctid::text AS ctid, id FROM "Lead Events" ORDER BY id LIMIT 5`)).rows;
        const r = await buildConvertMigration(db, '"Lead Events"', { column: 'Created At', interval: 'month', premake: 2, now: NOW });
        assert.match(r.sql, /NOT VALID;\nALTER TABLE public\."Lead Events" VALIDATE CONSTRAINT/);
        assert.match(r.sql, /ATTACH PARTITION public\."Lead Events_legacy" FOR VALUES FROM \(MINVALUE\) TO \('2026-12-01 00:00:00\+00'\)/);
        assert.match(r.sql, /Trade-offs/);
        assert.match(r.sql, /REFERENCE this table/);
        assert.ok(r.warnings.some((w) => /foreign key/.test(w)));
        assert.match(r.rails, /class ConvertLeadEventsToPartitioned < ActiveRecord::Migration\[7\.1\]/);
        assert.match(r.rails, /disable_ddl_transaction!/);
        assert.match(r.rails, /execute <<~'SQL'/);
        assert.match(r.railsFileName, /^20261124\d{6}_convert_lead_events_to_partitioned\.rb$/);
        // Nothing was run by generating.
        assert.equal((await c.query(`SELECT relkind FROM pg_class WHERE relname = 'Lead Events'`)).rows[0]!.relkind, 'r');

        await runScript(c, r.sql);
        assert.equal((await c.query(`SELECT relkind FROM pg_class WHERE relname = 'Lead Events'`)).rows[0]!.relkind, 'p');
        assert.equal((await c.query(`SELECT count(*)::int AS n FROM "Lead Events"`)).rows[0]!.n, 5000);
        // Same physical rows: the data was not copied.
        assert.deepEqual((await c.query(`SELECT ctid::text AS ctid, id FROM "Lead Events_legacy" ORDER BY id LIMIT 5`)).rows, before);
        const parts = (await c.query(`SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"Lead Events"'::regclass ORDER BY 1`)).rows.map((x) => x.relname);
        assert.deepEqual(parts, ['Lead Events_2026_12', 'Lead Events_2027_01', 'Lead Events_legacy']);
        await c.query(`INSERT INTO "Lead Events" (company, "Created At") VALUES ('new', '2026-12-05')`);
        assert.equal((await c.query(`SELECT tableoid::regclass::text AS p FROM "Lead Events" WHERE company = 'new'`)).rows[0]!.p, '"Lead Events_2026_12"');
        // The serial default still works and the widened primary key is enforced.
        await assert.rejects(c.query(`INSERT INTO "Lead Events" (id, company, "Created At") VALUES (1, 'dup', '2026-01-01 01:00:00+00')`), /duplicate key/);
        assert.ok((await c.query(`SELECT 1 FROM pg_indexes WHERE tablename = 'Lead Events_2026_12' AND indexdef LIKE '%company%'`)).rows.length === 1);
        await assert.rejects(buildConvertMigration(db, '"Lead Events"', { column: 'Created At', interval: 'month' }), /already partitioned/);
        await assert.rejects(buildConvertMigration(db, 'notes', { column: 'id', interval: 'month' }), /date or timestamp/);
      } finally {
        await c.end();
        await db.end();
        await fresh.drop();
      }
    });
  }
});
