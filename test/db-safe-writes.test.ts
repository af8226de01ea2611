// Writes that cannot break a table: detaching a HASH partition is refused (planner, CLI) unless
// it is a replace-in-place whose consequence the plan spells out, and then every remainder still
// takes inserts; health flags hash tables whose remainders do not cover the modulus; every plan
// states the locks it takes and the rows it moves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPartitions, type CliIo } from '../server/src/cli/db-commands';
import { executePlan } from '../server/src/db/execute';
import { checkTableHealth, uncoveredHashRemainders } from '../server/src/db/health';
import { loadCatalog } from '../server/src/db/introspect';
import {
  buildArchivePlans,
  buildCreateUpcomingPlan,
  buildDetachPlan,
  HashDetachRefused,
  loadTarget,
  detachRefusal,
  planLocks,
  planToSql,
} from '../server/src/db/plan';
import type { Partition } from '../server/src/engine/catalog/model';
import { eachServerDb } from './helpers/db';

const NOW = new Date(Date.UTC(2026, 10, 24, 12));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (x) => (out += x), err: (x) => (err += x), interactive: () => false, ask: async () => 'n', env: {} };
  const code = await runPartitions(args, io);
  return { code, out, err };
}

const hashPart = (modulus: number, remainder: number): Partition =>
  ({ schema: 'public', name: `p${modulus}_${remainder}`, bound: { kind: 'hash', modulus, remainder, text: '' } }) as unknown as Partition;

void test('hash coverage: mixed moduli, gaps named as remainders of the largest modulus', () => {
  assert.deepEqual(uncoveredHashRemainders([0, 1, 2, 3].map((r) => hashPart(4, r))), { modulus: 4, missing: [] });
  assert.deepEqual(uncoveredHashRemainders([hashPart(4, 0), hashPart(4, 1), hashPart(8, 2), hashPart(4, 3)]), { modulus: 8, missing: [6] });
  assert.deepEqual(uncoveredHashRemainders([hashPart(8, 0), hashPart(8, 1)]), { modulus: 8, missing: [2, 3, 4, 5, 6, 7] });
});

void test('HASH detach is refused; replace in place keeps every remainder insertable', async (t) => {
  await eachServerDb(t, 'hashdetach', async (db, _server, url) => {
    await db.query(`CREATE TABLE campaigns (user_id int NOT NULL, name text) PARTITION BY HASH (user_id)`);
    for (let r = 0; r < 8; r++) await db.query(`CREATE TABLE campaigns_${r} PARTITION OF campaigns FOR VALUES WITH (MODULUS 8, REMAINDER ${r})`);
    await db.query(`INSERT INTO campaigns SELECT g, 'c' || g FROM generate_series(1, 4000) g`);
    const rowsIn3 = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM campaigns_3`)).rows[0]!.n;
    assert.ok(rowsIn3 > 0);

    // Planner: refused with the reason and the consequence of the alternative; the client flag.
    await assert.rejects(buildDetachPlan(db, 'campaigns_3'), (e: unknown) => {
      assert.ok(e instanceof HashDetachRefused);
      assert.match(e.reason, /HASH-partitioned.*remainder 3 of modulus 8.*every INSERT whose hash lands there fails/);
      assert.match(e.consequence, /rows now in public\.campaigns_3 then leave public\.campaigns/);
      return true;
    });
    const target = await loadTarget(db, 'campaigns');
    assert.ok(detachRefusal(target, { schema: 'public', name: 'campaigns_3' }));
    await assert.rejects(buildDetachPlan(db, 'campaigns_3', 'concurrently'), HashDetachRefused);
    await assert.rejects(buildDetachPlan(db, 'campaigns_3', 'plain'), HashDetachRefused);

    // CLI: refused (exit 1, nothing changed), even with --yes.
    const refused = await cli(['detach', '--database-url', url, '--partition', 'campaigns_3', '--yes']);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /Refused: public\.campaigns is HASH-partitioned/);
    assert.equal((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = 'campaigns'::regclass`)).rows[0]!.n, 8);

    // Replace in place: the plan spells out the consequence and its lock, then every key inserts.
    const plan = await buildDetachPlan(db, 'campaigns_3', 'auto', { replaceInPlace: true });
    const script = planToSql(plan);
    assert.match(script, /leave public\.campaigns/);
    assert.match(script, /ACCESS EXCLUSIVE on public\.campaigns \(statements 1, 2\): all reads and writes of it wait/);
    const ran = await cli(['detach', '--database-url', url, '--partition', 'campaigns_3', '--replace-in-place', '--yes']);
    assert.equal(ran.code, 0, ran.err);
    await db.query(`INSERT INTO campaigns SELECT g, 'new' FROM generate_series(5001, 6000) g`);
    assert.equal((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM campaigns`)).rows[0]!.n, 4000 - rowsIn3 + 1000);
    assert.equal((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM campaigns_3`)).rows[0]!.n, rowsIn3, 'the detached rows are kept');

    // Health: a hash table with a remainder missing (a detach done by hand) is an error.
    await db.query(`ALTER TABLE campaigns DETACH PARTITION campaigns_5`);
    const catalog = await loadCatalog(db);
    const table = catalog.tables.find((x) => x.name === 'campaigns')!;
    const issues = checkTableHealth(table, { now: NOW });
    const issue = issues.find((i) => i.code === 'hash-remainder-missing');
    assert.ok(issue, JSON.stringify(issues));
    assert.equal(issue.severity, 'error');
    assert.match(issue.message, /no partition for hash remainder 5 of modulus 8/);
    await assert.rejects(db.query(`INSERT INTO campaigns SELECT g, 'x' FROM generate_series(1, 100) g`), /no partition of relation/);
  });
});

void test('every plan states its locks and the rows it moves', async (t) => {
  await eachServerDb(t, 'planlocks', async (db) => {
    await db.query(`CREATE TABLE leads (id int, created_at date NOT NULL) PARTITION BY RANGE (created_at)`);
    await db.query(`CREATE TABLE leads_2026_10 PARTITION OF leads FOR VALUES FROM ('2026-10-01') TO ('2026-11-01')`);
    await db.query(`CREATE TABLE leads_default PARTITION OF leads DEFAULT`);
    await db.query(`INSERT INTO leads SELECT g, date '2026-10-01' + (g % 75) FROM generate_series(1, 1500) g`);
    const create = await buildCreateUpcomingPlan(db, 'leads', { interval: 'month', count: 1, now: NOW });
    const createSql = planToSql(create);
    assert.match(createSql, /moving \d+ row\(s\) out of the default partition public\.leads_default/);
    assert.match(createSql, /SHARE UPDATE EXCLUSIVE on public\.leads \(statements [\d, ]+\): reads and writes continue/);
    assert.match(createSql, /ACCESS EXCLUSIVE on public\.leads_default/);
    await executePlan(db, create);

    const detach = await buildDetachPlan(db, 'leads_2026_10');
    const detachSql = planToSql(detach);
    assert.match(detachSql, /ACCESS EXCLUSIVE on public\.leads \(statement 1\): all reads and writes of it wait/);
    assert.match(detachSql, /Rows: the rows of public\.leads_2026_10 stay in it and leave public\.leads/);

    const archive = await buildArchivePlans(db, 'leads', { keep: 0, mode: { kind: 'drop' }, now: NOW });
    for (const p of [archive.archive, archive.drop].filter((x) => x !== undefined)) {
      if (p.statements.length) assert.ok(planLocks(p.statements).length > 0, p.title);
    }
  });
});
