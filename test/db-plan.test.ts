// Planning and running partition maintenance against real PostgreSQL servers (15 and 18):
// hostile identifiers, the 63-byte limit, overlaps, a default partition holding rows of a new
// range, idempotency, hash sets, detach (concurrent / plain / finalize), archive and drop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { type Db } from '../server/src/db/connection';
import {
  buildArchivePlans,
  buildCreateHashPlan,
  buildCreatePartitionPlan,
  buildCreateUpcomingPlan,
  buildDetachPlan,
  loadTarget,
  planToSql,
  PlanError,
} from '../server/src/db/plan';
import { executePlan } from '../server/src/db/execute';
import { quoteIdent, quoteQualified } from '../server/src/db/quote';
import { eachServerDb } from './helpers/db';

// Plans that move rows need more than the pool's default query timeout.
const eachServer = (t: test.TestContext, fn: Parameters<typeof eachServerDb>[2]): Promise<void> =>
  eachServerDb(t, 'plan', fn, { max: 3, queryTimeoutMs: 60_000 });

const NOW = new Date(Date.UTC(2026, 10, 24, 12)); // 2026-11-24

async function partitionsOf(db: Db, schema: string, name: string): Promise<{ name: string; bound: string }[]> {
  const { rows } = await db.query<{ name: string; bound: string }>(
    `SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = to_regclass($1) ORDER BY c.relname`,
    [quoteQualified(schema, name)],
  );
  return rows;
}

const HOSTILE_SCHEMA = 'Sch "ema" ü';
const HOSTILE_TABLE = 'Le ads"; DROP TABLE x; --';

void test('create-upcoming with hostile identifiers is correct and idempotent', async (t) => {
  await eachServer(t, async (db) => {
    const parent = quoteQualified(HOSTILE_SCHEMA, HOSTILE_TABLE);
    await db.query(`CREATE SCHEMA ${quoteIdent(HOSTILE_SCHEMA)}`);
    await db.query(`CREATE TABLE ${parent} (id bigint, ${quoteIdent('Created At')} timestamptz NOT NULL, "Ünïcode" text) PARTITION BY RANGE (${quoteIdent('Created At')})`);
    const ref = { schema: HOSTILE_SCHEMA, name: HOSTILE_TABLE };
    const plan = await buildCreateUpcomingPlan(db, ref, { interval: 'month', count: 3, now: NOW });
    assert.equal(plan.statements.length, 4);
    assert.match(planToSql(plan), /BEGIN;\nSET LOCAL lock_timeout/);
    await executePlan(db, plan);
    const parts = await partitionsOf(db, HOSTILE_SCHEMA, HOSTILE_TABLE);
    assert.deepEqual(parts.map((p) => p.name), [`${HOSTILE_TABLE}_2026_11`, `${HOSTILE_TABLE}_2026_12`, `${HOSTILE_TABLE}_2027_01`, `${HOSTILE_TABLE}_2027_02`]);
    assert.match(parts[0]!.bound, /FROM \('2026-11-01 00:00:00\+00'\) TO \('2026-12-01 00:00:00\+00'\)/);
    // Rows route to the new partitions through the hostile names.
    await db.query(`INSERT INTO ${parent} (id, ${quoteIdent('Created At')}) VALUES (1, '2026-12-15T10:00:00Z')`);
    // Running again changes nothing.
    const again = await buildCreateUpcomingPlan(db, ref, { interval: 'month', count: 3, now: NOW });
    assert.equal(again.statements.length, 0);
    assert.match(again.summary.join('\n'), /Already there/);
    // A gap is filled: drop December, ask again.
    await db.query(`DROP TABLE ${quoteQualified(HOSTILE_SCHEMA, `${HOSTILE_TABLE}_2027_01`)}`);
    const gap = await buildCreateUpcomingPlan(db, ref, { interval: 'month', count: 3, now: NOW });
    assert.equal(gap.statements.length, 1);
    assert.match(gap.statements[0]!.sql, /2027-01-01/);
    await executePlan(db, gap);
    assert.equal((await partitionsOf(db, HOSTILE_SCHEMA, HOSTILE_TABLE)).length, 4);
  });
});

void test('partition names respect the 63-byte limit without splitting characters', async (t) => {
  await eachServer(t, async (db) => {
    const long = 'ü'.repeat(31); // 62 bytes
    await db.query(`CREATE TABLE ${quoteIdent(long)} (d date NOT NULL) PARTITION BY RANGE (d)`);
    const plan = await buildCreateUpcomingPlan(db, { schema: 'public', name: long }, { interval: 'day', count: 1, now: NOW });
    await executePlan(db, plan);
    const parts = await partitionsOf(db, 'public', long);
    assert.equal(parts.length, 2);
    for (const p of parts) {
      assert.ok(Buffer.byteLength(p.name) <= 63, p.name);
      assert.match(p.name, /^ü+_2026_11_2[45]$/);
    }
    assert.match(parts[0]!.bound, /'2026-11-24'/);
  });
});

void test('overlapping and invalid bounds are refused before anything runs', async (t) => {
  await eachServer(t, async (db) => {
    await db.query(`CREATE TABLE ev (id int, at timestamp NOT NULL) PARTITION BY RANGE (at)`);
    await db.query(`CREATE TABLE ev_2026_11 PARTITION OF ev FOR VALUES FROM ('2026-11-01') TO ('2026-12-01')`);
    await assert.rejects(
      buildCreatePartitionPlan(db, 'ev', { kind: 'range', from: ['2026-11-15'], to: ['2026-12-15'] }),
      (e: unknown) => e instanceof PlanError && /overlaps partition public\.ev_2026_11/.test((e as Error).message),
    );
    await assert.rejects(buildCreatePartitionPlan(db, 'ev', { kind: 'range', from: ['2027-01-01'], to: ['2026-01-01'] }), /range is empty/);
    await assert.rejects(buildCreatePartitionPlan(db, 'ev', { kind: 'list', values: ['a'] }), /range-partitioned/);
    await assert.rejects(buildCreatePartitionPlan(db, 'nope', { kind: 'default' }), /not found/);
    const ok = await buildCreatePartitionPlan(db, 'ev', { kind: 'range', from: ['2026-12-01'], to: ['2027-01-01'] });
    assert.match(ok.statements[0]!.sql, /CREATE TABLE public\.ev_2026_12 PARTITION OF public\.ev FOR VALUES FROM \('2026-12-01'\) TO \('2027-01-01'\)/);
    await executePlan(db, ok);
    // A weekly request over monthly partitions warns and skips overlapping weeks.
    const weekly = await buildCreateUpcomingPlan(db, 'ev', { interval: 'week', count: 1, now: NOW });
    assert.ok(weekly.warnings.some((w) => /look monthly/.test(w)));
    assert.equal(weekly.statements.length, 0);
  });
});

void test('a default partition holding rows of the new ranges: rows move in the same transaction', async (t) => {
  await eachServer(t, async (db) => {
    await db.query(`CREATE TABLE leads (id bigint GENERATED BY DEFAULT AS IDENTITY, company text, created_at timestamptz NOT NULL, CHECK (company <> '')) PARTITION BY RANGE (created_at)`);
    await db.query(`CREATE INDEX ON leads (company)`);
    await db.query(`CREATE TABLE leads_default PARTITION OF leads DEFAULT`);
    await db.query(`INSERT INTO leads (company, created_at) SELECT 'c' || g, timestamptz '2026-10-20' + g * interval '1 day' FROM generate_series(0, 99) g`);
    const before = await db.query<{ n: string; s: string }>(`SELECT count(*) AS n, sum(id) AS s FROM leads`);
    const plan = await buildCreateUpcomingPlan(db, 'leads', { interval: 'month', count: 2, now: NOW });
    const sql = planToSql(plan);
    assert.match(sql, /LOCK TABLE ONLY public\.leads IN SHARE UPDATE EXCLUSIVE MODE/);
    assert.match(sql, /WITH moved AS \(DELETE FROM public\.leads_default WHERE created_at >= \$1 AND created_at < \$2 RETURNING/);
    assert.ok(plan.warnings.some((w) => /holds \d+ row\(s\) that belong/.test(w)));
    await executePlan(db, plan);
    const after = await db.query<{ n: string; s: string }>(`SELECT count(*) AS n, sum(id) AS s FROM leads`);
    assert.deepEqual(after.rows[0], before.rows[0], 'no row lost or duplicated');
    const perPart = await db.query<{ p: string; n: string }>(`SELECT tableoid::regclass::text AS p, count(*) AS n FROM leads GROUP BY 1 ORDER BY 1`);
    const m = Object.fromEntries(perPart.rows.map((r) => [r.p, Number(r.n)]));
    assert.equal(m.leads_2026_11, 30);
    assert.equal(m.leads_2026_12, 31);
    assert.equal(m.leads_2027_01, 27);
    assert.equal(m.leads_default, 12);
    // The default keeps only rows that belong nowhere else.
    const wrong = await db.query(`SELECT 1 FROM leads_default WHERE created_at >= '2026-11-01' AND created_at < '2027-02-01'`);
    assert.equal(wrong.rows.length, 0);
    // The new partitions got the parent's index.
    const idx = await db.query(`SELECT 1 FROM pg_indexes WHERE tablename = 'leads_2026_12'`);
    assert.equal(idx.rows.length, 1);
    // Idempotent.
    assert.equal((await buildCreateUpcomingPlan(db, 'leads', { interval: 'month', count: 2, now: NOW })).statements.length, 0);
  });
});

void test('list, hash and default partitions; a full hash set', async (t) => {
  await eachServer(t, async (db) => {
    await db.query(`CREATE TABLE regions (id int, "Code" text) PARTITION BY LIST ("Code")`);
    const p1 = await buildCreatePartitionPlan(db, 'regions', { kind: 'list', values: ["O'Brien", null] });
    assert.match(p1.statements[0]!.sql, /FOR VALUES IN \('O''Brien', NULL\)/);
    await executePlan(db, p1);
    await assert.rejects(buildCreatePartitionPlan(db, 'regions', { kind: 'list', values: ['x', "O'Brien"] }), /already belongs/);
    await executePlan(db, await buildCreatePartitionPlan(db, 'regions', { kind: 'default' }));
    await db.query(`INSERT INTO regions VALUES (1, 'eu'), (2, 'eu'), (3, 'us')`);
    const p2 = await buildCreatePartitionPlan(db, 'regions', { kind: 'list', values: ['eu'], name: 'regions EU' });
    assert.ok(p2.statements.some((s) => /WITH moved AS/.test(s.sql) && /"Code" IN \(\$1\)/.test(s.sql)));
    await executePlan(db, p2);
    const eu = await db.query(`SELECT count(*)::int AS n FROM "regions EU"`);
    assert.equal(eu.rows[0]!.n, 2);

    await db.query(`CREATE TABLE campaigns (user_id bigint, name text) PARTITION BY HASH (user_id)`);
    await executePlan(db, await buildCreatePartitionPlan(db, 'campaigns', { kind: 'hash', modulus: 8, remainder: 3 }));
    await assert.rejects(buildCreatePartitionPlan(db, 'campaigns', { kind: 'hash', modulus: 4, remainder: 3 }), /overlaps/);
    await assert.rejects(buildCreatePartitionPlan(db, 'campaigns', { kind: 'hash', modulus: 6, remainder: 0 }), /factor/);
    await assert.rejects(buildCreatePartitionPlan(db, 'campaigns', { kind: 'default' }), /cannot have a default/);
    const set = await buildCreateHashPlan(db, 'campaigns', 8);
    assert.equal(set.statements.length, 7);
    await executePlan(db, set);
    await db.query(`INSERT INTO campaigns SELECT g, 'n' FROM generate_series(1, 200) g`);
    assert.equal((await buildCreateHashPlan(db, 'campaigns', 8)).statements.length, 0);
  });
});

void test('detach: concurrently without a default, plain with one, and finalize of a pending detach', async (t) => {
  await eachServer(t, async (db, server, url) => {
    await db.query(`CREATE TABLE m (id int, at date NOT NULL) PARTITION BY RANGE (at)`);
    await executePlan(db, await buildCreateUpcomingPlan(db, 'm', { interval: 'month', count: 3, now: NOW }));
    const conc = await buildDetachPlan(db, 'm_2026_11');
    assert.equal(conc.statements[0]!.transactional, server.major < 14);
    assert.match(conc.statements[0]!.sql, /DETACH PARTITION public\.m_2026_11 CONCURRENTLY$/);
    assert.doesNotMatch(planToSql(conc), /BEGIN/);
    await executePlan(db, conc);
    assert.equal((await partitionsOf(db, 'public', 'm')).length, 3);

    // A pending detach: block the second phase with an open transaction, then cancel it.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT count(*) FROM m');
      const plan = await buildDetachPlan(db, 'm_2026_12');
      const ac = new AbortController();
      const run = executePlan(db, plan, { signal: ac.signal, lockTimeoutMs: 30_000 });
      // Wait until the detach waits for our transaction, then cancel it.
      for (let i = 0; i < 100; i++) {
        const w = await db.query(`SELECT 1 FROM pg_stat_activity WHERE query LIKE '%DETACH PARTITION%CONCURRENTLY' AND wait_event_type = 'Lock'`);
        if (w.rows.length) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      ac.abort();
      await assert.rejects(run, /detach pending|cancel/i);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    }
    const target = await loadTarget(db, 'm');
    assert.equal(target.partitions.find((p) => p.name === 'm_2026_12')?.detachPending, true);
    await assert.rejects(buildDetachPlan(db, 'm_2026_12'), /pending/);
    const fin = await buildDetachPlan(db, 'm_2026_12', 'finalize');
    assert.match(fin.statements[0]!.sql, /FINALIZE$/);
    await executePlan(db, fin);
    assert.equal((await partitionsOf(db, 'public', 'm')).length, 2);

    // With a default partition, CONCURRENTLY is not allowed: plain DETACH, and the plan says why.
    await db.query(`CREATE TABLE m_default PARTITION OF m DEFAULT`);
    const plain = await buildDetachPlan(db, 'public.m_2027_01');
    assert.equal(plain.statements[0]!.transactional, true);
    assert.match(plain.summary.join(' '), /has a default partition/);
    await assert.rejects(buildDetachPlan(db, 'm_2027_01', 'concurrently'), /does not allow/);
    await executePlan(db, plain);
    assert.deepEqual((await partitionsOf(db, 'public', 'm')).map((p) => p.name), ['m_2027_02', 'm_default']);
  });
});

void test('archive old partitions to a schema, by rename, and drop after a separate plan', async (t) => {
  await eachServer(t, async (db) => {
    await db.query(`CREATE TABLE "Logs" (id int, at timestamptz NOT NULL) PARTITION BY RANGE (at)`);
    const past = new Date(Date.UTC(2025, 10, 1));
    await executePlan(db, await buildCreateUpcomingPlan(db, '"Logs"', { interval: 'month', count: 14, now: past }));
    await db.query(`INSERT INTO "Logs" SELECT g, timestamptz '2025-11-01' + g * interval '1 day' FROM generate_series(0, 389) g`);
    const { archive, drop, expired } = await buildArchivePlans(db, '"Logs"', { keep: 6, mode: { kind: 'schema', schema: 'Archive Ü' }, now: NOW });
    assert.equal(drop, undefined);
    // Keep Nov 2026 and the 6 months before it: Nov 2025 .. Apr 2026 go.
    assert.deepEqual(expired.map((p) => p.name), ['Logs_2025_11', 'Logs_2025_12', 'Logs_2026_01', 'Logs_2026_02', 'Logs_2026_03', 'Logs_2026_04']);
    await executePlan(db, archive);
    const moved = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'Archive Ü'`);
    assert.equal(moved.rows[0]!.n, 6);
    assert.equal((await buildArchivePlans(db, '"Logs"', { keep: 6, mode: { kind: 'schema', schema: 'Archive Ü' }, now: NOW })).archive.statements.length, 0);

    const renamed = await buildArchivePlans(db, '"Logs"', { keep: 4, mode: { kind: 'rename' }, now: NOW });
    await executePlan(db, renamed.archive);
    assert.deepEqual((await db.query(`SELECT relname FROM pg_class WHERE relname LIKE 'archived_%' ORDER BY 1`)).rows.map((r) => r.relname), ['archived_Logs_2026_05', 'archived_Logs_2026_06']);

    const dropPlans = await buildArchivePlans(db, '"Logs"', { keep: 2, mode: { kind: 'drop' }, now: NOW });
    assert.ok(dropPlans.drop?.destructive);
    assert.equal(dropPlans.drop?.statements.length, 2);
    await executePlan(db, dropPlans.archive);
    // Detached but not dropped until the second plan runs.
    assert.equal((await db.query(`SELECT 1 FROM pg_class WHERE relname = 'Logs_2026_07'`)).rows.length, 1);
    await executePlan(db, dropPlans.drop!);
    assert.equal((await db.query(`SELECT 1 FROM pg_class WHERE relname IN ('Logs_2026_07', 'Logs_2026_08')`)).rows.length, 0);
    const left = await partitionsOf(db, 'public', 'Logs');
    assert.equal(left[0]!.name, 'Logs_2026_09');
  });
});
