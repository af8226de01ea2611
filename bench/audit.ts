/**
 * The pruning audit at scale: N distinct statements (default 4,800, under pg_stat_statements'
 * default max of 5,000) on five partitioned tables of 12 partitions, half of them unpruned, then
 * one audit. Prints the audit's time and the process's peak RSS, per server. Goal: < 10 s.
 *
 *   node --import tsx bench/audit.ts [--statements 4800]
 */
import pg from 'pg';
import { auditStatements } from '../server/src/db/audit';
import { openDb, profileFromUrl } from '../server/src/db/connection';
// @ts-expect-error plain ESM helper without type declarations
import { startAllServers } from '../test/helpers/postgres-servers.mjs';

const args = process.argv.slice(2);
const i = args.indexOf('--statements');
const N = Number(i >= 0 ? args[i + 1] : 4800);
const TABLES = 5;
const COLS = 10;

async function main(): Promise<void> {
  const { servers, skipped } = (await startAllServers()) as { servers: { major: number; url: string; stop(): Promise<void> }[]; skipped: string[] };
  for (const s of skipped) console.log(`skipped: ${s}`);
  try {
    for (const server of servers) {
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query('DROP DATABASE IF EXISTS bench_audit');
      await admin.query('CREATE DATABASE bench_audit');
      await admin.end();
      const url = server.url.replace(/\/postgres$/, '/bench_audit');
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query('CREATE EXTENSION pg_stat_statements');
      const cols = Array.from({ length: COLS }, (_, k) => `c${k} int`).join(', ');
      for (let t = 0; t < TABLES; t++) {
        await c.query(`CREATE TABLE b${t} (k int NOT NULL, ${cols}) PARTITION BY RANGE (k)`);
        for (let p = 0; p < 12; p++) await c.query(`CREATE TABLE b${t}_${p} PARTITION OF b${t} FOR VALUES FROM (${p * 100}) TO (${(p + 1) * 100})`);
        await c.query(`INSERT INTO b${t} SELECT g % 1200, ${Array.from({ length: COLS }, (_, k) => `g % ${k + 7}`).join(', ')} FROM generate_series(1, 12000) g`);
        await c.query(`ANALYZE b${t}`);
      }
      await c.query('SELECT pg_stat_statements_reset()');
      const t0 = Date.now();
      let n = 0;
      for (let mask = 1; n < N && mask < 1 << COLS; mask++) {
        const list = Array.from({ length: COLS }, (_, k) => (mask & (1 << k) ? `c${k}` : '')).filter(Boolean).join(', ');
        for (let t = 0; t < TABLES && n < N; t++, n++) {
          if (n % 2) await c.query(`SELECT ${list} FROM b${t} WHERE c0 = $1`, [3]);
          else await c.query(`SELECT ${list} FROM b${t} WHERE k >= $1 AND k < $2`, [300, 400]);
        }
      }
      const loadMs = Date.now() - t0;
      await c.end();
      const db = openDb(profileFromUrl(url), undefined, { max: 2 });
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
      const a0 = Date.now();
      const report = await auditStatements(db, { limit: 10000, concurrency: 2 });
      const ms = Date.now() - a0;
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      await db.end();
      console.log(
        `PostgreSQL ${server.major}: ${n} statements run in ${(loadMs / 1000).toFixed(1)} s; audit read ${report.statementsRead}, ` +
          `${report.statementsOnPartitioned} on partitioned tables, ${report.unpruned.length} unpruned, ${report.notPlanned.length} not planned; ` +
          `audit ${(ms / 1000).toFixed(2)} s (${((ms / Math.max(1, report.statementsOnPartitioned)) * 1000).toFixed(0)} µs per statement); ` +
          `RSS ${(rssBefore / 1048576).toFixed(0)} → peak ${(peak / 1048576).toFixed(0)} MB`,
      );
    }
  } finally {
    for (const s of servers) await s.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
