/**
 * Benchmark: our planner/executor and the explorer's listing against pg_partman 4.7 on the same
 * PostgreSQL 15 server (the machine's own binaries, started here and stopped at the end).
 *   1. create 120 monthly partitions: buildCreateUpcomingPlan + executePlan
 *      vs partman.create_parent(…, 'native', 'monthly', p_premake := 119);
 *   2. list a table with 10,000 partitions: listPartitions (all, with sizes), the first explorer
 *      page, and the `partitions list` JSON report, vs partman.show_partitions().
 * Prints each median and the ratio. Setting up 10,000 partitions takes minutes (each CREATE …
 * PARTITION OF rebuilds the parent's partition descriptor). Needs root (to start PostgreSQL as `postgres`) and the
 * `postgresql-15-partman` package; without it the partman side is skipped LOUDLY.
 * Run: node --import tsx bench/partman.ts [--runs N]
 */
import fs from 'node:fs';
import pg from 'pg';
// @ts-expect-error plain ESM helper without type declarations
import { startSystemPostgres, systemPostgresBinDirs } from '../test/helpers/postgres-servers.mjs';
import { openDb, profileFromUrl } from '../server/src/db/connection';
import { executePlan } from '../server/src/db/execute';
import { listPartitions } from '../server/src/db/introspect';
import { buildCreateUpcomingPlan, loadTarget } from '../server/src/db/plan';
import { listPartitionsCommand } from '../server/src/db/report';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const PARTMAN_CONTROL = '/usr/share/postgresql/15/extension/pg_partman.control';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;
function ratio(ours: number, theirs: number): string {
  return ours <= theirs ? `ours is ${(theirs / ours).toFixed(2)}x faster` : `ours is ${(ours / theirs).toFixed(2)}x slower`;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const bin = systemPostgresBinDirs().find((d: { major: number }) => d.major === 15);
  if (!bin) {
    console.log('!!! SKIPPED: no system PostgreSQL 15 under /usr/lib/postgresql/15 (pg_partman 4.7 is a PG 15 package here).');
    return;
  }
  const havePartman = fs.existsSync(PARTMAN_CONTROL);
  if (!havePartman) {
    console.log('\n!!! pg_partman IS NOT INSTALLED: the partman side is SKIPPED.');
    console.log('!!! Install it with: apt-get install -y postgresql-15-partman   (check: apt-cache policy postgresql-15-partman)\n');
  }
  const server = await startSystemPostgres(bin.bin, 15);
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const db = openDb(profileFromUrl(server.url), undefined, { max: 2, queryTimeoutMs: 600_000 });
  try {
    const version = (await admin.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v;
    console.log(`Server: ${version}`);
    let partmanVersion = '';
    if (havePartman) {
      await admin.query('CREATE SCHEMA partman');
      await admin.query('CREATE EXTENSION pg_partman SCHEMA partman');
      partmanVersion = (await admin.query<{ v: string }>(`SELECT extversion AS v FROM pg_extension WHERE extname = 'pg_partman'`)).rows[0]!.v;
      console.log(`pg_partman ${partmanVersion}`);
    }
    const monthStart = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1));
    const monthText = monthStart.toISOString().slice(0, 10);

    // 1. 120 monthly partitions ---------------------------------------------------------------
    const ours: number[] = [];
    const theirs: number[] = [];
    let oursCount = 0;
    let theirsCount = 0;
    for (let i = 0; i < RUNS; i++) {
      await admin.query(`CREATE TABLE ours_events_${i} (id bigint, created_at timestamptz NOT NULL, payload text) PARTITION BY RANGE (created_at)`);
      ours.push(
        await time(async () => {
          const plan = await buildCreateUpcomingPlan(db, `ours_events_${i}`, { interval: 'month', count: 119 });
          await executePlan(db, plan);
        }),
      );
      oursCount = Number((await admin.query(`SELECT count(*) AS n FROM pg_inherits WHERE inhparent = 'ours_events_${i}'::regclass`)).rows[0].n);
      if (havePartman) {
        await admin.query(`CREATE TABLE pm_events_${i} (id bigint, created_at timestamptz NOT NULL, payload text) PARTITION BY RANGE (created_at)`);
        theirs.push(
          await time(() =>
            admin.query(`SELECT partman.create_parent('public.pm_events_${i}', 'created_at', 'native', 'monthly', p_premake := 119, p_start_partition := $1)`, [monthText]),
          ),
        );
        theirsCount = Number((await admin.query(`SELECT count(*) AS n FROM pg_inherits WHERE inhparent = 'pm_events_${i}'::regclass`)).rows[0].n);
      }
    }
    console.log('\n== Create 120 monthly partitions (median of %d runs) ==', RUNS);
    console.log(`Partition Lens (plan + execute, one transaction): ${fmt(median(ours))}  (${oursCount} partitions)`);
    if (havePartman) {
      console.log(`pg_partman ${partmanVersion} create_parent(premake 119):    ${fmt(median(theirs))}  (${theirsCount} partitions incl. its default)`);
      console.log(`Ratio: ${ratio(median(ours), median(theirs))} (partman/ours = ${(median(theirs) / median(ours)).toFixed(2)})`);
    }

    // 2. Listing 10,000 partitions -------------------------------------------------------------
    const N = 10_000;
    await admin.query(`CREATE TABLE big (id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at)`);
    const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
    let made = 0;
    if (havePartman) {
      await admin.query(`SELECT partman.create_parent('public.big', 'created_at', 'native', 'daily', p_premake := 2, p_start_partition := $1)`, [today.toISOString().slice(0, 10)]);
      made = Number((await admin.query(`SELECT count(*) AS n FROM pg_inherits WHERE inhparent = 'big'::regclass AND pg_get_expr((SELECT relpartbound FROM pg_class WHERE oid = inhrelid), inhrelid) <> 'DEFAULT'`)).rows[0].n);
    }
    // The rest, named the way partman names daily partitions (big_pYYYY_MM_DD), in batches.
    const t0 = performance.now();
    const remaining = N - made;
    for (let start = 1; start <= remaining; start += 1000) {
      const end = Math.min(remaining, start + 999);
      await admin.query(`DO $$DECLARE d date; BEGIN FOR i IN ${start}..${end} LOOP d := date '${today.toISOString().slice(0, 10)}' - i;
        EXECUTE format('CREATE TABLE %I PARTITION OF big FOR VALUES FROM (%L) TO (%L)', 'big_p' || to_char(d, 'YYYY_MM_DD'), d::timestamptz, (d + 1)::timestamptz); END LOOP; END$$`);
    }
    const total = Number((await admin.query(`SELECT count(*) AS n FROM pg_inherits WHERE inhparent = 'big'::regclass`)).rows[0].n);
    console.log(`\n== List a table with ${N} partitions (${total} children incl. default; set up in ${((performance.now() - t0) / 1000).toFixed(1)} s; median of ${RUNS} runs) ==`);
    const all: number[] = [];
    const page: number[] = [];
    const report: number[] = [];
    const show: number[] = [];
    const target: number[] = [];
    let listed = 0;
    let shown = 0;
    for (let i = 0; i < RUNS; i++) {
      all.push(await time(async () => (listed = (await listPartitions(db, { schema: 'public', name: 'big' }, { limit: 100_000 })).items.length)));
      page.push(await time(() => listPartitions(db, { schema: 'public', name: 'big' }, { limit: 500 })));
      report.push(await time(() => listPartitionsCommand({ db, table: 'public.big' })));
      target.push(await time(() => loadTarget(db, 'public.big')));
      if (havePartman) show.push(await time(async () => (shown = (await admin.query(`SELECT * FROM partman.show_partitions('public.big')`)).rows.length)));
    }
    console.log(`Partition Lens listPartitions, all ${listed} (bounds, sizes, rows): ${fmt(median(all))}`);
    console.log(`Partition Lens first explorer page (500):                   ${fmt(median(page))}`);
    console.log(`Partition Lens 'partitions list' JSON report (with health):  ${fmt(median(report))}`);
    console.log(`Partition Lens planner catalog read (names + parsed bounds): ${fmt(median(target))}`);
    if (havePartman) {
      console.log(`pg_partman show_partitions() (${shown} names, no sizes):          ${fmt(median(show))}`);
      console.log(`Ratio (all partitions): ${ratio(median(all), median(show))} (partman/ours = ${(median(show) / median(all)).toFixed(2)})`);
      console.log(`Ratio (first page):     ${ratio(median(page), median(show))} (partman/ours = ${(median(show) / median(page)).toFixed(2)})`);
      console.log(`Ratio (planner read):   ${ratio(median(target), median(show))} (partman/ours = ${(median(show) / median(target)).toFixed(2)})`);
    }
  } finally {
    await db.end();
    await admin.end();
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
