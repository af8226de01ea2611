// Convert Table to Partitioned: the generated migration (SQL and Rails) is never run by the
// extension; here the tests run it on populated tables with past, current, future and NULL keys
// (the SQL statement by statement, the Rails form through real ActiveRecord), kill it midway, and
// check that every row is kept, every key inserts afterwards, and nothing half-done ever blocks
// an insert (no constraint is ever added to the old table).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDb, profileFromUrl } from '../server/src/db/connection';
import { buildConvertMigration, chooseInterval, proposeInterval } from '../server/src/db/convert';
import { freshDatabase, pgServers, type PgServer } from './helpers/db';

const NOW = new Date(Date.UTC(2026, 10, 24, 12));

/** The script's statements (one per line; comments and blank lines skipped). */
function statements(sql: string): string[] {
  return sql.split('\n').filter((l) => l.trim() && !l.startsWith('--'));
}

async function withServers(t: test.TestContext, fn: (server: PgServer) => Promise<void>): Promise<void> {
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) return void t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
  for (const server of servers) await t.test(`PostgreSQL ${server.major}`, () => fn(server));
}

/** A table with rows from 2025-01 to 2027-03 (past and future of NOW). */
async function populate(c: pg.Client, name: string, rows: number): Promise<void> {
  await c.query(`CREATE TABLE ${name} (id bigserial PRIMARY KEY, n int GENERATED ALWAYS AS IDENTITY, company text, "Created At" timestamptz DEFAULT now(), total numeric GENERATED ALWAYS AS (length(company)) STORED)`);
  await c.query(`CREATE INDEX ON ${name} (company)`);
  await c.query(
    `INSERT INTO ${name} (company, "Created At")
     SELECT 'c' || g, timestamptz '2025-01-01 00:00:00+00' + (g % 820) * interval '1 day' + interval '7 hours'
       FROM generate_series(1, ${rows}) g`,
  );
}

/** Rows with past, current, future and far-future keys insert into `name`. */
async function insertsWork(c: pg.Client, name: string): Promise<void> {
  for (const at of ['2024-06-01', '2025-03-05 10:00+00', '2026-11-24 12:00+00', '2027-02-01', '2031-01-01']) {
    await c.query(`INSERT INTO ${name} (company, "Created At") VALUES ('probe', $1)`, [at]);
  }
}

void test('the interval is proposed from the data', () => {
  const min = new Date(Date.UTC(2025, 0, 1));
  const max = new Date(Date.UTC(2027, 2, 31));
  assert.equal(chooseInterval(min, max, 5_000).interval, 'month');
  assert.equal(chooseInterval(min, max, 50_000_000).interval, 'week');
  assert.equal(chooseInterval(new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 5, 30)), 800_000_000).interval, 'day');
  assert.equal(chooseInterval(new Date(Date.UTC(2000, 0, 1)), max, 5_000).interval, 'year');
  assert.equal(chooseInterval(undefined, undefined, 0).interval, 'month');
  assert.match(chooseInterval(min, max, 5_000).reason, /min 2025-01-01, max 2027-03-31, 5,000 rows: month gives 27 partitions of about 185 rows/);
});

void test('the generated SQL converts a populated table: every row kept, every key inserts', async (t) => {
  await withServers(t, async (server) => {
    const fresh = await freshDatabase(server, 'convert');
    const db = openDb(profileFromUrl(fresh.url));
    const c = new pg.Client({ connectionString: fresh.url });
    await c.connect();
    try {
      await populate(c, '"Lead Events"', 6000);
      await c.query(`CREATE TABLE notes (id int, lead_id bigint REFERENCES "Lead Events" (id))`);
      const proposal = await proposeInterval(db, '"Lead Events"', 'Created At');
      assert.equal(proposal.interval, 'month');
      const r = await buildConvertMigration(db, '"Lead Events"', { column: 'Created At', premake: 2, now: NOW });
      assert.equal(r.proposal.interval, 'month');
      assert.doesNotMatch(r.sql, /NOT VALID|VALIDATE CONSTRAINT|ADD CONSTRAINT/, 'nothing is ever added to the old table');
      assert.match(r.sql, /PARTITION OF public\."Lead Events_partitioned" FOR VALUES FROM \('2025-01-01 00:00:00\+00'\) TO \('2025-02-01 00:00:00\+00'\)/);
      assert.match(r.sql, /FOR VALUES FROM \('2027-05-01 00:00:00\+00'\) TO \('2027-06-01 00:00:00\+00'\)/, 'two periods past the latest row');
      assert.match(r.sql, /PARTITION OF public\."Lead Events_partitioned" DEFAULT;/);
      assert.match(r.sql, /Locks?|LOCK TABLE public\."Lead Events" IN EXCLUSIVE MODE/);
      assert.ok(r.warnings.some((w) => /foreign key/.test(w)));
      assert.match(r.railsFileName, /^20261124\d{6}_convert_lead_events_to_partitioned\.rb$/);
      assert.equal((await c.query(`SELECT relkind FROM pg_class WHERE relname = 'Lead Events'`)).rows[0]!.relkind, 'r', 'generating runs nothing');

      for (const s of statements(r.sql)) await c.query(s);
      assert.equal((await c.query(`SELECT relkind FROM pg_class WHERE relname = 'Lead Events'`)).rows[0]!.relkind, 'p');
      assert.equal((await c.query(`SELECT count(*)::int AS n FROM "Lead Events"`)).rows[0]!.n, 6000);
      assert.equal((await c.query(`SELECT count(*)::int AS n FROM "Lead Events_default"`)).rows[0]!.n, 0, 'every existing row has its period partition');
      assert.equal((await c.query(`SELECT count(*)::int AS n FROM "Lead Events_legacy"`)).rows[0]!.n, 6000, 'the old table is kept as a backup');
      await insertsWork(c, '"Lead Events"');
      // The serial continues, the widened primary key is enforced.
      const ids = (await c.query<{ id: string }>(`SELECT max(id)::text AS id FROM "Lead Events"`)).rows[0]!.id;
      assert.equal(Number(ids), 6005, 'six thousand copied rows and five probes');
      // The identity column continues after the copied values too.
      assert.equal((await c.query<{ n: number }>(`SELECT max(n)::int AS n FROM "Lead Events"`)).rows[0]!.n, 6005);
      await assert.rejects(c.query(`INSERT INTO "Lead Events" (id, company, "Created At") SELECT id, 'dup', "Created At" FROM "Lead Events" WHERE id = 1`), /duplicate key/);
      await assert.rejects(buildConvertMigration(db, '"Lead Events"', { column: 'Created At', interval: 'month' }), /already partitioned/);
      await assert.rejects(buildConvertMigration(db, 'notes', { column: 'id', interval: 'month' }), /date or timestamp/);
      // Rows without a key cannot go into a range-partitioned table: refused before anything runs.
      await c.query(`INSERT INTO "Lead Events_legacy" (company, "Created At") VALUES ('no date', NULL)`);
      await assert.rejects(buildConvertMigration(db, '"Lead Events_legacy"', { column: 'Created At', now: NOW }), /1 row\(s\) of public\.Lead Events_legacy have no Created At \(NULL\)/);
      await c.query(`DELETE FROM "Lead Events_legacy" WHERE "Created At" IS NULL`);
      await assert.rejects(buildConvertMigration(db, '"Lead Events_legacy"', { column: 'Created At', interval: 'day', now: new Date(Date.UTC(2040, 0, 1)) }), /coarser interval/);
    } finally {
      await c.end();
      await db.end();
      await fresh.drop();
    }
  });
});

void test('killed midway (in step 1, between the steps, inside step 2): the old table keeps taking every insert', async (t) => {
  await withServers(t, async (server) => {
    const fresh = await freshDatabase(server, 'convkill');
    const db = openDb(profileFromUrl(fresh.url));
    const admin = new pg.Client({ connectionString: fresh.url });
    await admin.connect();
    try {
      await populate(admin, 'leads', 20000);
      const constraintsBefore = (await admin.query(`SELECT conname FROM pg_constraint WHERE conrelid = 'leads'::regclass ORDER BY 1`)).rows;
      const r = await buildConvertMigration(db, 'leads', { column: 'Created At', premake: 2, now: NOW });
      const all = statements(r.sql);
      const begin = all.indexOf('BEGIN;');
      const kill = async (stopAt: number): Promise<void> => {
        const c = new pg.Client({ connectionString: fresh.url });
        c.on('error', () => undefined);
        await c.connect();
        const pid = (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
        for (const s of all.slice(0, stopAt)) await c.query(s);
        await admin.query('SELECT pg_terminate_backend($1)', [pid]);
        await assert.rejects(c.query(all[stopAt]!));
        await c.end().catch(() => undefined);
      };
      const unchanged = async (what: string): Promise<void> => {
        assert.equal((await admin.query(`SELECT relkind FROM pg_class WHERE relname = 'leads'`)).rows[0]!.relkind, 'r', what);
        assert.deepEqual((await admin.query(`SELECT conname FROM pg_constraint WHERE conrelid = 'leads'::regclass ORDER BY 1`)).rows, constraintsBefore, what);
        await insertsWork(admin, 'leads');
      };
      await kill(Math.floor(begin / 2));
      await unchanged('killed in step 1');
      await admin.query(`DROP TABLE leads_partitioned`);
      await kill(begin);
      await unchanged('stopped between the steps');
      await admin.query(`DROP TABLE leads_partitioned`);
      await kill(begin + 4);
      await unchanged('killed inside step 2, after the copy');
      const rows = (await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM leads`)).rows[0]!.n;
      // Started again from the beginning, it completes and keeps every row.
      await admin.query(`DROP TABLE leads_partitioned`);
      const again = await buildConvertMigration(db, 'leads', { column: 'Created At', premake: 2, now: NOW });
      for (const s of statements(again.sql)) await admin.query(s);
      assert.equal((await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM leads`)).rows[0]!.n, rows);
      assert.equal((await admin.query(`SELECT relkind FROM pg_class WHERE relname = 'leads'`)).rows[0]!.relkind, 'p');
      await insertsWork(admin, 'leads');
    } finally {
      await admin.end();
      await db.end();
      await fresh.drop();
    }
  });
});

function activeRecordMissing(): string | undefined {
  const r = spawnSync('ruby', ['-e', 'require "active_record"; require "pg"; print ActiveRecord::VERSION::STRING'], { encoding: 'utf8' });
  if (r.error) return `ruby is not installed (${r.error.message})`;
  if (r.status !== 0) return `ruby cannot load active_record/pg: ${r.stderr.trim().split('\n')[0]}`;
  return undefined;
}

void test('the Rails migration runs through real ActiveRecord on a populated table', async (t) => {
  const missing = activeRecordMissing();
  if (missing) return void t.skip(`REAL ACTIVERECORD NOT AVAILABLE: ${missing} — install with: apt-get install -y ruby-activerecord ruby-pg`);
  const arVersion = spawnSync('ruby', ['-e', 'require "active_record"; print ActiveRecord::VERSION::STRING.split(".")[0, 2].join(".")'], { encoding: 'utf8' }).stdout.trim();
  await withServers(t, async (server) => {
    const fresh = await freshDatabase(server, 'convrails');
    const db = openDb(profileFromUrl(fresh.url));
    const c = new pg.Client({ connectionString: fresh.url });
    await c.connect();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-rails-'));
    try {
      await populate(c, 'agent_outputs', 3000);
      const r = await buildConvertMigration(db, 'agent_outputs', { column: 'Created At', premake: 1, now: NOW, railsVersion: arVersion });
      const file = path.join(dir, r.railsFileName);
      fs.writeFileSync(file, r.rails);
      const run = spawnSync(
        'ruby',
        ['-e', `require "active_record"; require "pg"; ActiveRecord::Base.establish_connection(ENV["DATABASE_URL"]); load ARGV[0]; ConvertAgentOutputsToPartitioned.new.migrate(:up)`, file],
        { encoding: 'utf8', env: { ...process.env, DATABASE_URL: fresh.url }, timeout: 120_000 },
      );
      assert.equal(run.status, 0, run.stderr);
      assert.equal((await c.query(`SELECT relkind FROM pg_class WHERE relname = 'agent_outputs'`)).rows[0]!.relkind, 'p');
      assert.equal((await c.query(`SELECT count(*)::int AS n FROM agent_outputs`)).rows[0]!.n, 3000);
      await insertsWork(c, 'agent_outputs');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await c.end();
      await db.end();
      await fresh.drop();
    }
  });
});
