/**
 * Analyzer throughput: `node --import tsx bench/analyzer.ts [statements]`. Generates a large SQL
 * file with a realistic mix (queries on plain tables, DDL, comments, queries on partitioned
 * tables, some of them not prunable) and prints MB/s of `checkSql`. Goal: ≥ 5 MB/s.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { CatalogSnapshot, type Partition, type PartitionedTable } from '../server/src/engine/catalog/model';
import { checkSql } from '../server/src/engine/analysis/index';
import { ensureParserLoaded, parseSql } from '../server/src/engine/sql/parse';

function monthly(name: string): Partition[] {
  const parts: Partition[] = [];
  for (let y = 2023; y <= 2025; y++)
    for (let m = 1; m <= 12; m++) {
      const from = `${y}-${String(m).padStart(2, '0')}-01`;
      const to = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
      parts.push({ schema: 'public', name: `${name}_${y}_${m}`, bound: { kind: 'range', from: [{ kind: 'value', text: from }], to: [{ kind: 'value', text: to }], text: '' }, partitions: [] });
    }
  return parts;
}

const tables: PartitionedTable[] = [
  { schema: 'public', name: 'leads', strategy: 'range', key: [{ kind: 'column', column: 'created_at', type: 'timestamptz' }], partitions: monthly('leads') },
  { schema: 'public', name: 'agent_outputs', strategy: 'range', key: [{ kind: 'column', column: 'created_at', type: 'timestamptz' }], partitions: monthly('agent_outputs') },
  {
    schema: 'public',
    name: 'campaigns',
    strategy: 'hash',
    key: [{ kind: 'column', column: 'user_id', type: 'bigint' }],
    partitions: Array.from({ length: 8 }, (_, r) => ({ schema: 'public', name: `campaigns_p${r}`, bound: { kind: 'hash' as const, modulus: 8, remainder: r, text: '' }, partitions: [] })),
  },
];
const catalog = new CatalogSnapshot(tables);

/** Deterministic pseudo-random numbers so runs are comparable. */
let seed = 42;
const rnd = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};

const plain = [
  (i: number) => `SELECT id, email, name FROM users WHERE id = ${i} AND deleted_at IS NULL`,
  (i: number) => `UPDATE accounts SET balance = balance - ${i % 100}, updated_at = now() WHERE id = ${i}`,
  (i: number) => `INSERT INTO audit_log (actor_id, action, payload, created_at) VALUES (${i}, 'login', '{"ip": "10.0.0.${i % 255}"}', now())`,
  (i: number) => `SELECT u.id, count(o.id) AS orders FROM users u LEFT JOIN orders o ON o.user_id = u.id WHERE u.created_at > now() - interval '7 days' GROUP BY u.id ORDER BY orders DESC LIMIT ${10 + (i % 50)}`,
  (i: number) => `DELETE FROM sessions WHERE expires_at < now() - interval '${i % 30} days'`,
  (i: number) => `-- report ${i}: daily active users\nSELECT date_trunc('day', seen_at) AS day, count(DISTINCT user_id) FROM page_views WHERE seen_at >= current_date - 30 GROUP BY 1`,
];
const ddl = [
  (i: number) => `CREATE TABLE IF NOT EXISTS tmp_import_${i} (id bigint PRIMARY KEY, data jsonb NOT NULL, imported_at timestamptz DEFAULT now())`,
  (i: number) => `CREATE INDEX IF NOT EXISTS idx_users_email_${i} ON users (lower(email))`,
  (i: number) => `/* migration ${i} */ ALTER TABLE users ADD COLUMN IF NOT EXISTS flag_${i} boolean DEFAULT false`,
  (i: number) => `COMMENT ON COLUMN users.flag_${i} IS 'feature flag ${i}'`,
];
const partitioned = [
  (i: number) => `SELECT * FROM leads WHERE created_at >= '2024-0${1 + (i % 9)}-01' AND created_at < '2024-0${1 + (i % 9)}-15' AND status = 'new'`,
  (i: number) => `SELECT l.id, a.kind FROM leads l JOIN agent_outputs a ON a.lead_id = l.id AND a.created_at = l.created_at WHERE l.created_at = '2024-03-${10 + (i % 18)}'`,
  (i: number) => `SELECT count(*) FROM agent_outputs WHERE lead_id = ${i}`,
  (i: number) => `SELECT * FROM campaigns WHERE user_id = ${i} AND name ILIKE '%sale%'`,
  (i: number) => `UPDATE leads SET status = 'stale' WHERE date(created_at) < '2024-01-01' AND id = ${i}`,
  (i: number) => `WITH recent AS (SELECT * FROM leads WHERE user_id = ${i}) SELECT * FROM recent WHERE created_at > now() - interval '30 days'`,
];

function generate(statements: number): string {
  const out: string[] = [];
  for (let i = 0; i < statements; i++) {
    const r = rnd(100);
    const pool = r < 60 ? plain : r < 75 ? ddl : partitioned;
    out.push(pool[rnd(pool.length)]!(i) + ';');
    if (rnd(10) === 0) out.push(`-- section ${i}: the next queries belong to job ${rnd(1000)}`);
  }
  return out.join('\n') + '\n';
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 25000);
  await ensureParserLoaded();
  const text = generate(n);
  const mb = Buffer.byteLength(text) / 1e6;
  checkSql(text.slice(0, 50000), catalog); // warm-up (JIT, caches)
  // CPU time as well as wall time: on a shared, loaded machine wall time mostly measures the wait.
  const measure = (f: () => void): { wall: number; cpu: number } => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    const c = process.cpuUsage(c0);
    return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
  };
  const runs: { wall: number; cpu: number }[] = [];
  let findings = 0;
  for (let run = 0; run < 5; run++) runs.push(measure(() => (findings = checkSql(text, catalog).findings.length)));
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const wall = median(runs.map((r) => r.wall));
  const cpu = median(runs.map((r) => r.cpu));
  const out = (s: string): boolean => process.stdout.write(s + '\n');
  out(`analyzer: ${n} statements, ${mb.toFixed(2)} MB, ${findings} findings, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs`);
  out(`analyzer: median of 5 runs: wall ${wall.toFixed(0)} ms => ${(mb / (wall / 1000)).toFixed(2)} MB/s; CPU ${cpu.toFixed(0)} ms => ${(mb / (cpu / 1000)).toFixed(2)} MB/s (goal >= 5 MB/s)`);
  // Baseline: the SQL layer alone (split + pre-filter + parse), to show what the analysis adds.
  const names = catalog.tables().map((t) => t.name);
  const baseRuns = Array.from({ length: 5 }, () => measure(() => parseSql(text, { filter: (p) => names.some((nm) => p.toLowerCase().includes(nm)) })));
  const bWall = median(baseRuns.map((r) => r.wall));
  const bCpu = median(baseRuns.map((r) => r.cpu));
  out(`baseline (split + pre-filter + parse, no analysis): wall ${(mb / (bWall / 1000)).toFixed(2)} MB/s; CPU ${(mb / (bCpu / 1000)).toFixed(2)} MB/s`);
  // Worst case: every statement names a partitioned table, so nothing is pre-filtered.
  seed = 7;
  const all = Array.from({ length: Math.floor(n / 5) }, (_, i) => partitioned[rnd(partitioned.length)]!(i) + ';').join('\n');
  const allMb = Buffer.byteLength(all) / 1e6;
  checkSql(all.slice(0, 20000), catalog);
  const w = measure(() => checkSql(all, catalog));
  const wb = measure(() => parseSql(all));
  out(
    `analyzer (every statement on a partitioned table): ${Math.floor(n / 5)} statements, ${allMb.toFixed(2)} MB: ` +
      `wall ${(allMb / (w.wall / 1000)).toFixed(2)} MB/s; CPU ${(allMb / (w.cpu / 1000)).toFixed(2)} MB/s ` +
      `(parse alone: CPU ${(allMb / (wb.cpu / 1000)).toFixed(2)} MB/s)`,
  );
}

void main();
