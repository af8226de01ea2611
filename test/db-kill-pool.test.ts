// A backend killed during a plan never poisons the pool: 50 times in a row the plan's session is
// terminated (pg_terminate_backend) at a varying statement, and every time the next action (a
// read, then building a plan) works on the same pool and nothing of the plan is left behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { executePlan, PlanExecutionError } from '../server/src/db/execute';
import { buildCreateUpcomingPlan } from '../server/src/db/plan';
import { eachServerDb } from './helpers/db';

const NOW = new Date(Date.UTC(2026, 10, 24, 12));
const ROUNDS = 50;

void test(`a backend killed during a plan ${ROUNDS} times: the next action always works`, async (t) => {
  await eachServerDb(t, 'killpool', async (db, _server, url) => {
    await db.query(`CREATE TABLE leads (id int, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at)`);
    await db.query(`CREATE TABLE leads_default PARTITION OF leads DEFAULT`);
    await db.query(`INSERT INTO leads SELECT g, timestamptz '2026-11-01' + g * interval '1 hour' FROM generate_series(0, 999) g`);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const plan = await buildCreateUpcomingPlan(db, 'leads', { interval: 'month', count: 3, now: NOW });
      const n = plan.statements.length;
      assert.ok(n >= 4, 'a multi-statement plan');
      let killed = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const at = round % n;
        await assert.rejects(
          executePlan(db, plan, {
            onProgress: async (p) => {
              if (p.index === at) {
                await admin.query('SELECT pg_terminate_backend($1)', [p.backendPid]);
                killed++;
              }
            },
          }),
          (e: unknown) => e instanceof PlanExecutionError && e.rolledBack && /connection|terminat/i.test(e.message),
          `round ${round}`,
        );
        // The very next actions on the same pool work: a read and a whole plan build.
        assert.equal((await db.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one, 1, `round ${round}: next read`);
        const again = await buildCreateUpcomingPlan(db, 'leads', { interval: 'month', count: 3, now: NOW });
        assert.equal(again.statements.length, n, `round ${round}: nothing of the killed plan was left`);
      }
      assert.equal(killed, ROUNDS);
      // And the plan itself still runs to the end on the same pool.
      await executePlan(db, plan);
      const { rows } = await db.query<{ parts: number; rows: number }>(
        `SELECT (SELECT count(*)::int FROM pg_inherits WHERE inhparent = 'leads'::regclass) AS parts, (SELECT count(*)::int FROM leads) AS rows`,
      );
      assert.deepEqual(rows[0], { parts: 5, rows: 1000 }, "the current month, three upcoming and the default");
    } finally {
      await admin.end();
    }
  });
});
