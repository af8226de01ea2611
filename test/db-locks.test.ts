// Lock waits are never silent: while another session holds ACCESS EXCLUSIVE on a partitioned
// table (or on its default partition), every command — list, create-upcoming, archive, detach,
// explain, maintain (the CLI's commands) and a plan already built (executePlan) — fails within
// its lock timeout with a message that leads with the cause and names the lock and its holder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runMaintain, runPartitions, type CliIo } from '../server/src/cli/db-commands';
import { executePlan, PlanExecutionError } from '../server/src/db/execute';
import { buildDetachPlan } from '../server/src/db/plan';
import { eachServerDb } from './helpers/db';
import { runCli as cli } from './helpers/cli';

const LOCK_MS = 500;

/** The CLI's command functions in this process (the process start-up costs seconds per run). */
async function cliInProcess(args: string[]): Promise<{ code: number; out: string; err: string; ms: number }> {
  const t0 = Date.now();
  let out = '';
  let err = '';
  const io: CliIo = { out: (x) => (out += x), err: (x) => (err += x), interactive: () => false, ask: async () => 'n', env: {} };
  const code = args[0] === 'maintain' ? await runMaintain(args.slice(1), io) : await runPartitions(args.slice(1), io);
  return { code, out, err, ms: Date.now() - t0 };
}


/** Holds ACCESS EXCLUSIVE on `relation` in an open transaction until released. */
async function holdLock(url: string, relation: string): Promise<{ pid: number; release(): Promise<void> }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('BEGIN');
  await c.query(`LOCK TABLE ${relation} IN ACCESS EXCLUSIVE MODE`);
  const pid = (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  return {
    pid,
    async release() {
      await c.query('ROLLBACK').catch(() => undefined);
      await c.end();
    },
  };
}

void test('commands blocked by another session’s ACCESS EXCLUSIVE lock fail fast and name it', async (t) => {
  await eachServerDb(t, 'locks', async (db, _server, url) => {
    await db.query(`CREATE TABLE leads (id int, created_at date NOT NULL) PARTITION BY RANGE (created_at)`);
    await db.query(`CREATE TABLE leads_default PARTITION OF leads DEFAULT`);
    for (let m = 0; m < 6; m++) {
      const from = new Date(Date.UTC(2025, m, 1)).toISOString().slice(0, 10);
      const to = new Date(Date.UTC(2025, m + 1, 1)).toISOString().slice(0, 10);
      await db.query(`CREATE TABLE leads_2025_${String(m + 1).padStart(2, '0')} PARTITION OF leads FOR VALUES FROM ('${from}') TO ('${to}')`);
    }
    await db.query(`INSERT INTO leads SELECT g, date '2025-01-01' + (g % 170) FROM generate_series(1, 3000) g`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-locks-'));
    const policy = path.join(dir, 'policy.json');
    fs.writeFileSync(policy, JSON.stringify({ tables: { 'public.leads': { interval: 'month', premake: 2, retention: 3, drop: true } } }));
    const base = ['--database-url', url, '--lock-timeout', String(LOCK_MS)];
    const commands: { name: string; args: string[] }[] = [
      { name: 'list', args: ['partitions', 'list', ...base] },
      { name: 'create-upcoming', args: ['partitions', 'create-upcoming', ...base, '--table', 'leads', '--interval', 'month', '--count', '2', '--dry-run'] },
      { name: 'archive', args: ['partitions', 'archive', ...base, '--table', 'leads', '--keep', '2', '--dry-run'] },
      { name: 'detach', args: ['partitions', 'detach', ...base, '--partition', 'leads_2025_01', '--yes'] },
      { name: 'explain', args: ['partitions', 'explain', ...base, '--sql', `SELECT * FROM leads WHERE created_at = '2025-02-03'`] },
      { name: 'maintain', args: ['maintain', ...base, '--config', policy, '--dry-run'] },
    ];
    try {
      for (const target of ['leads', 'leads_default']) {
        const holder = await holdLock(url, target);
        try {
          for (const c of commands) {
            // One real process per lock target; the rest run the same command functions in-process.
            const r = c.name === 'explain' ? await cli(c.args) : await cliInProcess(c.args);
            const text = r.out + r.err;
            const what = `${c.name} with ACCESS EXCLUSIVE held on ${target}: exit ${r.code} after ${r.ms} ms\n${text}`;
            // Bounded by the lock timeout (plus process start-up), far below the statement timeout.
            assert.ok(r.ms < 20_000, what);
            if (target === 'leads_default' && r.code === 0) {
              // Not every command needs the default partition (a dry-run plan that does not count its rows).
              t.diagnostic(`${c.name}: not blocked by a lock on the default partition`);
              continue;
            }
            assert.equal(r.code, 1, what);
            assert.match(text, new RegExp(`lock timeout on public\\.${target}: another session holds ACCESS EXCLUSIVE \\(pid ${holder.pid}\\)`), what);
            assert.doesNotMatch(text, /statement timeout|cancelled/i, what);
          }
        } finally {
          await holder.release();
        }
      }
      // A plan built before the lock was taken: the executor's own lock_timeout, cause first.
      const plan = await buildDetachPlan(db, 'leads_2025_02');
      const holder = await holdLock(url, 'leads');
      try {
        const t0 = Date.now();
        await assert.rejects(executePlan(db, plan, { lockTimeoutMs: LOCK_MS }), (e: unknown) => {
          assert.ok(e instanceof PlanExecutionError);
          assert.match(e.message, new RegExp(`^Lock timeout on public\\.leads: another session holds ACCESS EXCLUSIVE \\(pid ${holder.pid}\\); gave up waiting after lock_timeout \\(${LOCK_MS} ms\\) — at statement 1 of 1: ALTER TABLE public\\.leads DETACH PARTITION`));
          assert.equal(e.code, '55P03');
          assert.ok(e.rolledBack);
          return true;
        });
        assert.ok(Date.now() - t0 < 10_000);
      } finally {
        await holder.release();
      }
      // Nothing was detached by any of it, and the pool still works.
      assert.equal((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = 'leads'::regclass`)).rows[0]!.n, 7);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
