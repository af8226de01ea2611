// Hostile identifiers through every plan and report: quotes, spaces, capitals, unicode,
// SQL-looking text and the 63-byte limit, on both servers. Every plan must run and do exactly
// what it says; nothing may be interpreted as SQL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDb, profileFromUrl, type Db } from '../server/src/db/connection';
import { buildConvertMigration } from '../server/src/db/convert';
import { executePlan } from '../server/src/db/execute';
import { explainPruning } from '../server/src/db/explain';
import {
  buildArchivePlans,
  buildCreateHashPlan,
  buildCreatePartitionPlan,
  buildCreateUpcomingPlan,
  buildDetachPlan,
  formatSizesMarkdown,
  partitionSizes,
} from '../server/src/db/plan';
import { quoteIdent, quoteQualified } from '../server/src/db/quote';
import { freshDatabase, pgServers } from './helpers/db';

const NOW = new Date(Date.UTC(2026, 10, 24, 12));
const NAMES = [
  `a"b'c; DROP TABLE x; --`,
  'Mixed Case Ünïcødé 表',
  // 63 bytes exactly: the limit itself.
  'x'.repeat(57) + '_émoj',
];

async function relCount(db: Db): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_class WHERE relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace, 'pg_toast'::regnamespace)`)).rows[0]!.n;
}

void test('every plan handles hostile identifiers', async (t) => {
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) return void t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
  for (const server of servers) {
    await t.test(`PostgreSQL ${server.major}`, async () => {
      const fresh = await freshDatabase(server, 'safety');
      const db = openDb(profileFromUrl(fresh.url), undefined, { max: 3 });
      try {
        for (const [i, base] of NAMES.entries()) {
          assert.ok(Buffer.byteLength(base) <= 63, base);
          const schema = `S ${i} "q"`;
          const col = `Key "${i}" col`;
          await db.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
          const ref = { schema, name: base };
          const parent = quoteQualified(schema, base);
          await db.query(`CREATE TABLE ${parent} (id int, ${quoteIdent(col)} date NOT NULL, note text) PARTITION BY RANGE (${quoteIdent(col)})`);
          await db.query(`CREATE TABLE ${quoteQualified(schema, `${i}_default`)} PARTITION OF ${parent} DEFAULT`);
          await db.query(`INSERT INTO ${parent} VALUES (1, '2026-11-02', 'x'), (2, '2027-01-02', 'y'), (3, '2001-01-01', 'z')`);
          // Upcoming with rows to move out of the default partition.
          await executePlan(db, await buildCreateUpcomingPlan(db, ref, { interval: 'month', count: 2, now: NOW }));
          const where = await db.query<{ p: string }>(`SELECT tableoid::regclass::text AS p FROM ${parent} ORDER BY id`);
          assert.equal(where.rows.length, 3);
          assert.match(where.rows[0]!.p, /_2026_11"?$/);
          assert.match(where.rows[2]!.p, /_default"?$/);
          // A single range partition with a user-given hostile name (and a quote in a bound value is refused by the type, not executed).
          await assert.rejects(buildCreatePartitionPlan(db, ref, { kind: 'range', from: ["2020-01-01'); DROP TABLE x; --"], to: ['2020-02-01'] }).then((p) => executePlan(db, p)), /invalid input syntax|date/);
          await executePlan(db, await buildCreatePartitionPlan(db, ref, { kind: 'range', from: ['2020-01-01'], to: ['2020-02-01'], name: `${i} O'Hara "p"` }));
          // Archive into a hostile schema, then detach the next one, then drop.
          const archiveSchema = `Archive ${i} ";--`;
          const a = await buildArchivePlans(db, ref, { keep: 3, interval: 'month', mode: { kind: 'schema', schema: archiveSchema }, now: NOW });
          assert.equal(a.expired.length, 1);
          await executePlan(db, a.archive);
          assert.equal((await db.query(`SELECT 1 FROM pg_tables WHERE schemaname = $1`, [archiveSchema])).rows.length, 1);
          const parts = (await db.query<{ relname: string }>(`SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass ORDER BY 1`, [parent])).rows;
          const first = parts.find((p) => /_2026_11$/.test(p.relname))!;
          await executePlan(db, await buildDetachPlan(db, { schema, name: first.relname }));
          // Reports and explain go through the same quoting.
          const sizes = await partitionSizes(db, ref);
          assert.equal(sizes.partitions.length, parts.length - 1);
          assert.match(formatSizesMarkdown(sizes), /\| Partition \|/);
          const [ex] = await explainPruning(db, `SELECT * FROM ${parent} WHERE ${quoteIdent(col)} = '2026-12-05'`);
          assert.equal(ex!.error, undefined);
          assert.match(ex!.tables[0]!.text, /^scans 1 of \d+ partitions of /);
          // Hash table with a hostile name.
          const hashName = `${base.slice(0, 40)} h"`;
          await db.query(`CREATE TABLE ${quoteQualified(schema, hashName)} (${quoteIdent(col)} int) PARTITION BY HASH (${quoteIdent(col)})`);
          await executePlan(db, await buildCreateHashPlan(db, { schema, name: hashName }, 4));
          assert.equal((await db.query(`SELECT 1 FROM pg_inherits WHERE inhparent = $1::regclass`, [quoteQualified(schema, hashName)])).rows.length, 4);
          // Conversion SQL for a hostile plain table (generated only).
          const plain = `${base.slice(0, 30)} plain`;
          await db.query(`CREATE TABLE ${quoteQualified(schema, plain)} (id serial PRIMARY KEY, ${quoteIdent(col)} timestamptz)`);
          const before = await relCount(db);
          const conv = await buildConvertMigration(db, { schema, name: plain }, { column: col, interval: 'month', now: NOW });
          assert.ok(conv.sql.includes(quoteQualified(schema, plain)));
          assert.equal(await relCount(db), before, 'generating a migration changes nothing');
        }
      } finally {
        await db.end();
        await fresh.drop();
      }
    });
  }
});
