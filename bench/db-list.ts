/**
 * Time to list a partitioned table with 10,000 partitions: the explorer's summary query, the first
 * and last 500-row pages, and the full model for the linter (with and without sizes), against a
 * naive one-query-per-partition listing of the first page for comparison.
 *
 *   node --import tsx bench/db-list.ts [--database-url URL] [--partitions 10000] [--flat] [--runs 5] [--major 15]
 *
 * Without --database-url it starts the throwaway test servers (PostgreSQL 15 and 18) and measures
 * each. By default the 10,000 leaves are 625 range partitions x 16 hash partitions, because creating
 * N direct partitions is O(N^2) in PostgreSQL (~10 minutes for 10,000 on a busy 2-core machine);
 * --flat creates them all directly under one parent (the listing numbers are what matter).
 */
import pg from 'pg';
import { openDb, profileFromUrl, redactUrl, type Db } from '../server/src/db/connection';
import { listPartitionedTables, listPartitions, loadCatalog } from '../server/src/db/introspect';
// @ts-expect-error plain ESM helper without type declarations
import { startAllServers } from '../test/helpers/postgres-servers.mjs';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const total = Number(opt('--partitions') ?? 10_000);
const flat = args.includes('--flat');
const runs = Number(opt('--runs') ?? 5);
const SUB = 16;

function setupSql(): string {
  if (flat) {
    return `DROP TABLE IF EXISTS public.bench_big;
CREATE TABLE public.bench_big (id bigint NOT NULL) PARTITION BY RANGE (id);
DO $$ BEGIN FOR i IN 0..${total - 1} LOOP
  EXECUTE format('CREATE TABLE public.bench_big_%s PARTITION OF public.bench_big FOR VALUES FROM (%s) TO (%s)', i, i * 100, (i + 1) * 100);
END LOOP; END $$;`;
  }
  const direct = Math.ceil(total / SUB);
  return `DROP TABLE IF EXISTS public.bench_big;
CREATE TABLE public.bench_big (id bigint NOT NULL) PARTITION BY RANGE (id);
DO $$ BEGIN FOR i IN 0..${direct - 1} LOOP
  EXECUTE format('CREATE TABLE public.bench_big_%s PARTITION OF public.bench_big FOR VALUES FROM (%s) TO (%s) PARTITION BY HASH (id)', i, i * 100, (i + 1) * 100);
  FOR j IN 0..${SUB - 1} LOOP
    EXECUTE format('CREATE TABLE public.bench_big_%s_h%s PARTITION OF public.bench_big_%s FOR VALUES WITH (MODULUS ${SUB}, REMAINDER %s)', i, j, i, j);
  END LOOP;
END LOOP; END $$;`;
}

async function time<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const samples: number[] = [];
  let out: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(`  ${label.padEnd(48)} median ${median.toFixed(1).padStart(8)} ms   (min ${samples[0]!.toFixed(1)}, max ${samples.at(-1)!.toFixed(1)}, ${runs} runs)`);
  return out as T;
}

async function naiveFirstPage(db: Db, parentOid: number): Promise<number> {
  // What a per-partition implementation would do: list children, then one query each.
  const kids = await db.query<{ oid: number }>('SELECT inhrelid AS oid FROM pg_catalog.pg_inherits WHERE inhparent = $1 LIMIT 500', [parentOid]);
  for (const k of kids.rows) {
    await db.query(
      'SELECT pg_catalog.pg_get_expr(relpartbound, oid), pg_catalog.pg_total_relation_size(oid), reltuples FROM pg_catalog.pg_class WHERE oid = $1',
      [k.oid],
    );
  }
  return kids.rows.length;
}

async function benchOne(url: string, label: string): Promise<void> {
  console.log(`\n${label} — ${redactUrl(url)}`);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const t0 = performance.now();
    await admin.query('BEGIN');
    await admin.query(setupSql());
    await admin.query('COMMIT');
    await admin.query('ANALYZE public.bench_big');
    console.log(`  setup: ${total} partitions (${flat ? 'all direct' : `${Math.ceil(total / SUB)} x ${SUB} hash`}) created in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await admin.end();
  }
  const db = openDb(profileFromUrl(url), undefined, { queryTimeoutMs: 300_000, max: 1 });
  try {
    await db.serverVersionNum();
    // Right after creating 10,000 tables the statistics of pg_class/pg_inherits are stale (autovacuum
    // has not run yet) and the planner may pick poor joins; show that once, then analyse them.
    let t0 = performance.now();
    await listPartitionedTables(db, { table: { schema: 'public', name: 'bench_big' } });
    console.log(`  first summary, stale catalog statistics: ${(performance.now() - t0).toFixed(1)} ms`);
    t0 = performance.now();
    await db.query('ANALYZE pg_catalog.pg_class, pg_catalog.pg_inherits, pg_catalog.pg_index, pg_catalog.pg_namespace');
    console.log(`  ANALYZE of the catalogs: ${(performance.now() - t0).toFixed(1)} ms`);
    const tables = await time('listPartitionedTables (summary, 1 query)', () => listPartitionedTables(db, { table: { schema: 'public', name: 'bench_big' } }));
    const t = tables[0]!;
    console.log(`    → ${t.partitionCount} direct partitions, ${t.leafCount} leaves`);
    await time('listPartitions: first page of 500', () => listPartitions(db, t.oid, { offset: 0, limit: 500 }));
    await time('listPartitions: last page', () => listPartitions(db, t.oid, { offset: Math.max(0, t.partitionCount - 500), limit: 500 }));
    await time('loadCatalog (full model, no sizes)', () => loadCatalog(db, { sizes: false, table: { schema: 'public', name: 'bench_big' } }));
    await time('loadCatalog (full model, with sizes)', () => loadCatalog(db, { table: { schema: 'public', name: 'bench_big' } }));
    await time('naive: one query per partition (first 500)', () => naiveFirstPage(db, t.oid));
  } finally {
    await db.end();
  }
}

async function main(): Promise<void> {
  const url = opt('--database-url');
  if (url) {
    await benchOne(url, 'given database');
    return;
  }
  const started = (await startAllServers()) as { servers: { major: number; url: string; stop(): Promise<void> }[]; skipped: string[] };
  for (const s of started.skipped) console.log(`skipped server: ${s}`);
  try {
    const major = opt('--major');
    for (const s of started.servers) if (!major || String(s.major) === major) await benchOne(s.url, `PostgreSQL ${s.major}`);
  } finally {
    for (const s of started.servers) await s.stop();
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
