// Explain Pruning against the real planner: plain plans, `$n` parameters (PREPARE + EXPLAIN EXECUTE
// with NULLs, through the extended protocol), several partitioned tables in one statement, and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainPruning, formatPruning } from '../server/src/db/explain';
import { eachServerDb } from './helpers/db';

void test('explain counts scanned partitions per partitioned table', async (t) => {
  await eachServerDb(t, 'explain', async (db, server) => {
    await db.query(`CREATE TABLE "Le ads" (id int, created_at date NOT NULL, user_id int) PARTITION BY RANGE (created_at)`);
    await db.query(`DO $$BEGIN FOR i IN 0..26 LOOP EXECUTE format('CREATE TABLE %I PARTITION OF "Le ads" FOR VALUES FROM (%L) TO (%L)', 'Le ads_' || i, date '2025-01-01' + make_interval(months => i), date '2025-01-01' + make_interval(months => i + 1)); END LOOP; END$$`);
    await db.query(`CREATE TABLE campaigns (user_id int, name text) PARTITION BY HASH (user_id)`);
    for (let r = 0; r < 8; r++) await db.query(`CREATE TABLE campaigns_${r} PARTITION OF campaigns FOR VALUES WITH (MODULUS 8, REMAINDER ${r})`);

    const [narrow] = await explainPruning(db, `SELECT * FROM "Le ads" WHERE created_at >= '2026-01-01' AND created_at < '2026-04-01'`);
    assert.equal(narrow!.mode, 'plain');
    assert.equal(narrow!.tables.length, 1);
    assert.equal(narrow!.tables[0]!.text, 'scans 3 of 27 partitions of public."Le ads"');
    assert.deepEqual(narrow!.tables[0]!.scanned, ['public."Le ads_12"', 'public."Le ads_13"', 'public."Le ads_14"']);

    const [all] = await explainPruning(db, `SELECT count(*) FROM "Le ads" l JOIN campaigns c ON c.user_id = l.user_id WHERE c.user_id = 42`);
    const byTable = Object.fromEntries(all!.tables.map((x) => [x.table, x]));
    assert.equal(byTable['public."Le ads"']!.scanned.length, 27);
    assert.equal(byTable['public.campaigns']!.text, 'scans 1 of 8 partitions of public.campaigns');

    // Every partition pruned: the table is still reported (found through the SQL's names).
    const [none] = await explainPruning(db, `SELECT * FROM "Le ads" WHERE created_at < '2000-01-01'`);
    assert.equal(none!.tables[0]!.text, 'scans 0 of 27 partitions of public."Le ads"');

    // Parameters: a generic plan (PREPARE + EXPLAIN EXECUTE, all through the extended protocol).
    const [param] = await explainPruning(db, `SELECT * FROM "Le ads" WHERE created_at = $1`);
    assert.equal(param!.mode, 'prepared-null-parameters', `PostgreSQL ${server.major}`);
    assert.equal(param!.tables[0]!.removedAtStartup, 27);
    assert.equal(param!.tables[0]!.runtimePruning, true);
    assert.match(formatPruning([param!]), /force_generic_plan/);

    // ORM placeholders become parameters too.
    const [orm] = await explainPruning(db, `SELECT * FROM "Le ads" WHERE created_at = ?`);
    assert.notEqual(orm!.mode, 'plain');

    // Errors are reported per statement, not thrown; nothing is executed.
    const res = await explainPruning(db, `DELETE FROM "Le ads"; SELECT * FROM missing_table; CREATE TABLE x (a int)`);
    assert.equal(res[0]!.error, undefined);
    assert.match(res[1]!.error!, /missing_table/);
    assert.match(res[2]!.error!, /Only SELECT/);
    assert.equal((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_class WHERE relname = 'x'`)).rows[0]!.n, 0);
    await assert.rejects(explainPruning(db, 'SELEC oops'), /could not be parsed/);
  });
});
