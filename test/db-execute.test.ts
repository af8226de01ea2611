// Running plans: one transaction with timeouts; a connection killed in the middle of a
// multi-partition plan leaves nothing behind; cancellation; lock_timeout names the statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { type Db } from '../server/src/db/connection';
import { executePlan, PlanExecutionError } from '../server/src/db/execute';
import { buildCreateUpcomingPlan, planToSql, type Plan } from '../server/src/db/plan';
import { eachServerDb } from './helpers/db';

const NOW = new Date(Date.UTC(2026, 10, 24, 12));

async function adminQuery(url: string, sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(sql, params);
  } finally {
    await c.end();
  }
}

const partitionCount = async (db: Db, parent: string): Promise<number> =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = to_regclass($1)`, [parent])).rows[0]!.n;

void test('a connection killed after the 2nd statement leaves nothing partial', async (t) => {
  await eachServerDb(t, 'exec', async (db, _server, url) => {
    await db.query(`CREATE TABLE leads (id int, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at)`);
    await db.query(`CREATE TABLE leads_default PARTITION OF leads DEFAULT`);
    await db.query(`INSERT INTO leads SELECT g, timestamptz '2026-11-01' + g * interval '1 hour' FROM generate_series(0, 2000) g`);
    const plan = await buildCreateUpcomingPlan(db, 'leads', { interval: 'month', count: 3, now: NOW });
    assert.ok(plan.statements.length > 4);
    const seen: number[] = [];
    await assert.rejects(
      executePlan(db, plan, {
        onProgress: async (p) => {
          seen.push(p.index);
          // Kill the session from another connection once two statements have run.
          if (p.index === 2) await adminQuery(url, 'SELECT pg_terminate_backend($1)', [p.backendPid]);
        },
      }),
      (e: unknown) => e instanceof PlanExecutionError && /connection lost|connection .*was lost|terminat/i.test(e.message) && e.rolledBack,
    );
    assert.deepEqual(seen.slice(0, 3), [0, 1, 2]);
    assert.equal(await partitionCount(db, 'leads'), 1, 'only the default partition');
    assert.equal((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM leads_default`)).rows[0]!.n, 2001);
    assert.equal((await db.query(`SELECT 1 FROM pg_class WHERE relname LIKE 'leads_2026%'`)).rows.length, 0);
    // The pool recovers: the same plan now succeeds.
    await executePlan(db, plan);
    assert.equal(await partitionCount(db, 'leads'), 5);
    assert.equal((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM leads`)).rows[0]!.n, 2001);
  });
});

void test('a failing statement rolls back everything and is named', async (t) => {
  await eachServerDb(t, 'exec', async (db) => {
    await db.query(`CREATE TABLE t1 (a int) PARTITION BY LIST (a)`);
    const plan: Plan = {
      kind: 'create-partition',
      title: 'test plan',
      summary: [],
      warnings: [],
      affected: [],
      statements: [
        { sql: 'CREATE TABLE t1_1 PARTITION OF t1 FOR VALUES IN (1)', transactional: true },
        { sql: 'CREATE TABLE t1_2 PARTITION OF t1 FOR VALUES IN ($1)', params: [2], transactional: true },
      ],
    };
    await assert.rejects(executePlan(db, plan), (e: unknown) => e instanceof PlanExecutionError && e.statementIndex === 1 && /statement 2 of 2/.test(e.message) && /nothing changed/.test(e.message));
    assert.equal(await partitionCount(db, 't1'), 0);
  });
});

void test('lock_timeout stops a plan that waits for a lock; cancellation stops a running plan', async (t) => {
  await eachServerDb(t, 'exec', async (db, _server, url) => {
    await db.query(`CREATE TABLE ev (id int, at date NOT NULL) PARTITION BY RANGE (at)`);
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE ev IN ACCESS EXCLUSIVE MODE');
      const plan = await buildCreateUpcomingPlan(db, 'ev', { interval: 'day', count: 2, now: NOW });
      assert.match(planToSql(plan, { lockTimeoutMs: 300 }), /SET LOCAL lock_timeout = '300ms'/);
      const t0 = Date.now();
      await assert.rejects(executePlan(db, plan, { lockTimeoutMs: 300 }), (e: unknown) => e instanceof PlanExecutionError && e.code === '55P03' && /lock_timeout \(300 ms\)/.test(e.message) && /statement 1 of 3/.test(e.message));
      assert.ok(Date.now() - t0 < 10_000);
      // Cancel while it waits (long lock_timeout): the signal cancels the backend.
      const ac = new AbortController();
      const run = executePlan(db, plan, { lockTimeoutMs: 60_000, signal: ac.signal, onProgress: () => void setTimeout(() => ac.abort(), 300) });
      await assert.rejects(run, (e: unknown) => e instanceof PlanExecutionError && e.cancelled && e.rolledBack);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    assert.equal(await partitionCount(db, 'ev'), 0);
    const aborted = new AbortController();
    aborted.abort();
    await assert.rejects(executePlan(db, await buildCreateUpcomingPlan(db, 'ev', { interval: 'day', count: 2, now: NOW }), { signal: aborted.signal }), /Cancelled before anything ran/);
  });
});
