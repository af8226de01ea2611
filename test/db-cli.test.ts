// The `partition-lens partitions …` and `maintain` commands as a real process: exit codes,
// --dry-run changes nothing, refusal without --yes and without a terminal (exit 2), policy
// files, idempotent maintain, and no password in any output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freshDatabase, pgServers, type PgServer } from './helpers/db';
import { runCli as cli } from './helpers/cli';

const SECRET = 'S3cr3t-Pässword!';


/** A database plus a URL that carries a distinctive password (accepted by both servers). */
async function setup(server: PgServer): Promise<{ url: string; admin: pg.Client; drop(): Promise<void> }> {
  const fresh = await freshDatabase(server, 'cli');
  const admin = new pg.Client({ connectionString: fresh.url });
  await admin.connect();
  await admin.query(`DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pl_cli') THEN CREATE ROLE pl_cli LOGIN SUPERUSER; END IF; END$$`);
  await admin.query(`ALTER ROLE pl_cli PASSWORD '${SECRET.replace(/'/g, "''")}'`);
  const u = new URL(fresh.url);
  u.username = 'pl_cli';
  u.password = encodeURIComponent(SECRET);
  return {
    url: u.toString(),
    admin,
    async drop() {
      await admin.end();
      await fresh.drop();
    },
  };
}

async function eachServer(t: test.TestContext, fn: (s: { url: string; admin: pg.Client }, server: PgServer) => Promise<void>): Promise<void> {
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) {
    t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
    return;
  }
  for (const server of servers) {
    await t.test(`PostgreSQL ${server.major}`, async () => {
      const s = await setup(server);
      try {
        await fn(s, server);
      } finally {
        await s.drop();
      }
    });
  }
}

const count = async (c: pg.Client, parent: string): Promise<number> =>
  (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = to_regclass($1)`, [parent])).rows[0]!.n;

function noSecret(...texts: string[]): void {
  for (const t of texts) {
    assert.ok(!t.includes(SECRET) && !t.includes(encodeURIComponent(SECRET)), `password leaked in: ${t}`);
  }
}

void test('usage errors exit 2 without touching a database', async () => {
  const r1 = await cli(['partitions', 'create-upcoming', '--table', 'x', '--interval', 'fortnight', '--count', '2', '--database-url', 'postgres://u@127.0.0.1:1/x']);
  assert.equal(r1.code, 2);
  assert.match(r1.err, /--interval must be one of/);
  const r2 = await cli(['partitions', 'frobnicate']);
  assert.equal(r2.code, 2);
  const r3 = await cli(['partitions', 'archive', '--table', 'x', '--keep', '3', '--drop', '--archive-schema', 'a']);
  assert.equal(r3.code, 2);
  const r4 = await cli(['partitions', 'create-upcoming', '--table', 'x', '--interval', 'month', '--count', '2']);
  assert.equal(r4.code, 2, 'no database given is a usage error with a clear message');
  assert.match(r4.err, /No database given/);
  const r5 = await cli(['partitions', 'list', '--database-url', `postgres://u:${encodeURIComponent(SECRET)}@127.0.0.1:1/x`]);
  assert.equal(r5.code, 1);
  noSecret(r5.out, r5.err);
  const r6 = await cli(['maintain', '--config', '/nonexistent/partition-lens.json', '--database-url', 'postgres://u@127.0.0.1:1/x']);
  assert.equal(r6.code, 1);
  assert.match(r6.err, /not found/);
});

void test('create-upcoming: dry run, refusal without --yes, then --yes; list; detach; explain', async (t) => {
  await eachServer(t, async ({ url, admin }, server) => {
    await admin.query(`CREATE TABLE leads (id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at)`);
    const base = ['partitions', 'create-upcoming', '--database-url', url, '--table', 'public.leads', '--interval', 'month', '--count', '2'];
    const dry = await cli([...base, '--dry-run']);
    assert.equal(dry.code, 0, dry.err);
    assert.match(dry.out, /CREATE TABLE public\.leads_\d{4}_\d{2} PARTITION OF public\.leads/);
    assert.equal(await count(admin, 'public.leads'), 0, '--dry-run changes nothing');
    const refused = await cli(base);
    assert.equal(refused.code, 2);
    assert.match(refused.err, /without --yes/);
    assert.equal(await count(admin, 'public.leads'), 0);
    const ok = await cli([...base, '--yes']);
    assert.equal(ok.code, 0, ok.err);
    assert.equal(await count(admin, 'public.leads'), 3);
    const again = await cli([...base, '--yes']);
    assert.equal(again.code, 0);
    assert.match(again.out, /Nothing to do/);
    // The URL may also come from DATABASE_URL.
    const list = await cli(['partitions', 'list', '--table', 'leads', '--format', 'json'], { DATABASE_URL: url });
    assert.equal(list.code, 0, list.err);
    const report = JSON.parse(list.out) as { version: number; tables: { name: string; partitions: unknown[] }[] };
    assert.equal(report.version, 1);
    assert.equal(report.tables[0]!.partitions.length, 3);

    const explain = await cli(['partitions', 'explain', '--database-url', url, '--sql', `SELECT * FROM leads WHERE created_at >= now() + interval '40 days'; SELECT * FROM leads`]);
    assert.equal(explain.code, 0, explain.err);
    assert.match(explain.out, /scans 3 of 3 partitions of public\.leads/);

    const parts = (await admin.query<{ relname: string }>(`SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'leads'::regclass ORDER BY 1`)).rows;
    const detach = await cli(['partitions', 'detach', '--database-url', url, '--partition', parts[0]!.relname, '--yes']);
    assert.equal(detach.code, 0, detach.err);
    if (server.major >= 14) assert.match(detach.out, /CONCURRENTLY/);
    assert.equal(await count(admin, 'public.leads'), 2);
    const bad = await cli(['partitions', 'detach', '--database-url', url, '--partition', parts[0]!.relname, '--yes']);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /not a partition/);
    noSecret(dry.out, dry.err, ok.out, ok.err, list.out, list.err, explain.out, explain.err, detach.out, detach.err, bad.err);
  });
});

void test('maintain applies the policy file idempotently; archive --drop asks twice', async (t) => {
  await eachServer(t, async ({ url, admin }) => {
    await admin.query(`CREATE TABLE ev (id int, at date NOT NULL) PARTITION BY RANGE (at)`);
    // Twenty monthly partitions ending well in the past, so retention has something to do.
    await admin.query(`DO $$DECLARE d date := date_trunc('month', now())::date - interval '20 months'; BEGIN
      FOR i IN 0..19 LOOP EXECUTE format('CREATE TABLE %I PARTITION OF ev FOR VALUES FROM (%L) TO (%L)', 'ev_old_' || i, d + make_interval(months => i), d + make_interval(months => i + 1)); END LOOP; END$$`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
    // The policy file's directory goes away with the test, also when an assertion fails.
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const cfg = path.join(dir, 'partition-lens.json');
    fs.writeFileSync(cfg, JSON.stringify({ tables: { 'public.ev': { interval: 'month', premake: 2, retention: 6, archiveSchema: 'archive' } } }));
    const dry = await cli(['maintain', '--database-url', url, '--config', cfg, '--dry-run']);
    assert.equal(dry.code, 0, dry.err);
    assert.match(dry.out, /SET SCHEMA archive/);
    assert.equal(await count(admin, 'public.ev'), 20);
    const run = await cli(['maintain', '--database-url', url, '--config', cfg]);
    assert.equal(run.code, 0, run.err);
    // Kept: the 6 months before the current one (the old series ends last month), plus current + 2 ahead.
    assert.equal(await count(admin, 'public.ev'), 6 + 3);
    assert.equal((await admin.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'archive'`)).rows[0]!.n, 14);
    const second = await cli(['maintain', '--database-url', url, '--config', cfg]);
    assert.equal(second.code, 0, second.err);
    assert.match(second.err, /0 statement\(s\)/);

    fs.writeFileSync(cfg, JSON.stringify({ tables: { 'public.ev': { interval: 'month', premake: 'two', retention: 3 } } }));
    const invalid = await cli(['maintain', '--database-url', url, '--config', cfg]);
    assert.equal(invalid.code, 1);
    assert.match(invalid.err, /premake must be a whole number/);
    assert.match(invalid.err, /say what happens to old partitions/);

    const drop = await cli(['partitions', 'archive', '--database-url', url, '--table', 'ev', '--keep', '3', '--drop', '--yes']);
    assert.equal(drop.code, 0, drop.err);
    assert.match(drop.out, /DROP TABLE public\.ev_old_/);
    assert.equal((await admin.query(`SELECT count(*)::int AS n FROM pg_class WHERE relname LIKE 'ev_old_%' AND relnamespace = 'public'::regnamespace`)).rows[0]!.n, 3);
    noSecret(dry.out, dry.err, run.out, run.err, drop.out, drop.err);
  });
});

void test('interactive confirmation: "n" changes nothing, "y" runs (in-process, fake terminal)', async (t) => {
  await eachServer(t, async ({ url, admin }) => {
    await admin.query(`CREATE TABLE "Odd Table" (id int, d date NOT NULL) PARTITION BY RANGE (d)`);
    const { runPartitions } = await import('../server/src/cli/db-commands');
    const make = (answer: string) => {
      const out: string[] = [];
      const asked: string[] = [];
      return {
        out,
        asked,
        io: {
          out: (s: string) => void out.push(s),
          err: (s: string) => void out.push(s),
          interactive: () => true,
          ask: async (q: string) => {
            asked.push(q);
            return answer;
          },
          env: {},
        },
      };
    };
    const args = ['create-upcoming', '--database-url', url, '--table', '"Odd Table"', '--interval', 'week', '--count', '1'];
    const no = make('n');
    assert.equal(await runPartitions(args, no.io), 1);
    assert.equal(no.asked.length, 1);
    assert.match(no.out.join(''), /CREATE TABLE public\."Odd Table_\d{4}w\d{2}"/);
    assert.equal(await count(admin, 'public."Odd Table"'), 0);
    const yes = make('y');
    assert.equal(await runPartitions(args, yes.io), 0);
    assert.equal(await count(admin, 'public."Odd Table"'), 2);
    noSecret(...no.out, ...yes.out);
  });
});
