// 10,000 partitions: the summary is one query, children load lazily by page, and the full model
// still builds. Timings are printed as diagnostics; the benchmark (`bench/db-list.ts`) measures them.
//
// PostgreSQL rebuilds a parent's partition descriptor on every CREATE ... PARTITION OF, so creating
// N direct partitions costs O(N^2): 1,000 take ~8 s here, 10,000 about ten minutes. The test therefore
// builds 10,000 leaf partitions as 625 direct range partitions (more than one 500-row page) each
// hash-partitioned 16 ways; `bench/db-list.ts --flat` measures a table with 10,000 direct partitions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { freshDatabase, pgServers } from './helpers/db';
import { openDb, profileFromUrl } from '../server/src/db/connection';
import { listPartitionedTables, listPartitions, loadCatalog } from '../server/src/db/introspect';
import { leafPartitions } from '../server/src/engine/catalog/model';

void pgServers();

const DIRECT = 625;
const SUB = 16;
const LEAVES = DIRECT * SUB;

/** One DO block in one transaction: 625 range partitions of public.big, each with 16 hash partitions. */
const SCALE_SQL = `
CREATE TABLE public.big (id bigint NOT NULL) PARTITION BY RANGE (id);
DO $$
BEGIN
  FOR i IN 0..${DIRECT - 1} LOOP
    EXECUTE format('CREATE TABLE public.big_%s PARTITION OF public.big FOR VALUES FROM (%s) TO (%s) PARTITION BY HASH (id)', i, i * 100, (i + 1) * 100);
    FOR j IN 0..${SUB - 1} LOOP
      EXECUTE format('CREATE TABLE public.big_%s_h%s PARTITION OF public.big_%s FOR VALUES WITH (MODULUS ${SUB}, REMAINDER %s)', i, j, i, j);
    END LOOP;
  END LOOP;
END $$;`;

test('10,000 partitions are listed lazily', async (t) => {
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) return t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
  for (const s of servers) {
    await t.test(`PostgreSQL ${s.major}`, async () => {
      const fdb = await freshDatabase(s, 'scale');
      try {
        const c = new pg.Client({ connectionString: fdb.url });
        await c.connect();
        let t0 = performance.now();
        try {
          await c.query('BEGIN');
          await c.query(SCALE_SQL);
          await c.query('COMMIT');
        } finally {
          await c.end();
        }
        t.diagnostic(`PostgreSQL ${s.major}: created ${LEAVES} leaf partitions (+${DIRECT} sub-partitioned) in ${(performance.now() - t0).toFixed(0)} ms`);
        const queries: string[] = [];
        const db = openDb(profileFromUrl(fdb.url), undefined, { queryTimeoutMs: 60_000, logger: { sql: (q) => void queries.push(q) } });
        try {
          await db.serverVersionNum();
          queries.length = 0;
          t0 = performance.now();
          const tables = await listPartitionedTables(db);
          const tList = performance.now() - t0;
          assert.equal(queries.length, 1);
          assert.deepEqual(
            tables.map((x) => [x.name, x.partitionCount, x.leafCount, x.minBound, x.maxBound]),
            // bigint bounds print quoted.
            [['big', DIRECT, LEAVES, "'0'", `'${DIRECT * 100}'`]],
          );
          t0 = performance.now();
          const first = await listPartitions(db, tables[0]!.oid, { offset: 0, limit: 500 });
          const tPage = performance.now() - t0;
          assert.equal(first.total, DIRECT);
          assert.equal(first.items.length, 500);
          assert.equal(first.items[0]!.childCount, SUB);
          // Numeric bound order, not text order (big_10 would follow big_1 in text order).
          assert.deepEqual(first.items.slice(0, 3).map((p) => p.name), ['big_0', 'big_1', 'big_2']);
          const rest = await listPartitions(db, tables[0]!.oid, { offset: 500, limit: 500 });
          assert.equal(rest.items.length, DIRECT - 500);
          assert.equal(rest.items.at(-1)!.name, `big_${DIRECT - 1}`);
          const sub = await listPartitions(db, first.items[0]!.oid, { limit: 500 });
          assert.deepEqual([sub.total, sub.items[0]!.name], [SUB, 'big_0_h0']);
          t0 = performance.now();
          const cat = await loadCatalog(db, { sizes: false });
          const tCat = performance.now() - t0;
          assert.equal(cat.tables[0]!.partitions.length, DIRECT);
          assert.equal(leafPartitions(cat.tables[0]!.partitions).length, LEAVES);
          t.diagnostic(`PostgreSQL ${s.major}: summary ${tList.toFixed(0)} ms, first page of 500 ${tPage.toFixed(0)} ms, full model ${tCat.toFixed(0)} ms`);
        } finally {
          await db.end();
        }
      } finally {
        await fdb.drop();
      }
    });
  }
});
