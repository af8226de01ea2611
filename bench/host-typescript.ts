// Benchmark of the TypeScript host module (prints numbers; not a test):
//  1. scan throughput in MB/s over a large generated tree of TS files (ORM queries, embedded SQL
//     and plain application code), through the same `check` the language server and CLI call;
//  2. check latency p50/p95 for a 5,000-line file after a one-line edit (goal p95 < 20 ms).
// Run: node --import tsx bench/host-typescript.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import { ensureParserLoaded } from '../server/src/engine/sql/parse';
import { ensureTreeSitterLoaded, parserFor } from '../server/src/engine/host/treesitter';
import { typescriptHost } from '../server/src/engine/host/typescript/index';

const ROOT = path.join(__dirname, '..', 'test', 'fixtures', 'ts-app');

const SNIPPETS = [
  (i: number) => `  await prisma.lead.findMany({ where: { company: 'c${i}', createdAt: { gte: from } } });`,
  (i: number) => `  await prisma.agentOutput.count({ where: { leadId: ${i}n } });`,
  (i: number) => `  await knex('leads').where('company', 'c${i}').where('created_at', '>=', from);`,
  (i: number) => `  await db.select().from(leads).where(and(eq(leads.company, 'c${i}'), gte(leads.createdAt, from)));`,
  (i: number) => `  await db.selectFrom('campaigns').selectAll().where('user_id', '=', ${i}).execute();`,
  (i: number) => `  await Lead.findAll({ where: { company: 'c${i}', createdAt: { [Op.gte]: from } } });`,
  (i: number) => `  await pool.query('SELECT * FROM agent_outputs WHERE lead_id = $1', [${i}]);`,
  (i: number) => `  await sql\`SELECT * FROM leads WHERE created_at >= \${from} AND company = \${'c${i}'}\`;`,
  (i: number) => `  const v${i} = items.filter((x) => x.id === ${i}).map((x) => ({ ...x, total: x.price * x.qty }));`,
  (i: number) => `  if (v${i % 7} && config.enabled) logger.info(\`processed \${count} rows in \${Date.now() - t0} ms\`);`,
  (i: number) => `  for (const row of rows${i % 3}) { totals.set(row.key, (totals.get(row.key) ?? 0) + row.value); }`,
  (i: number) => `  const el${i} = <div className="row" onClick={() => select(${i})}>{label}</div>;`,
];

function generateFile(lines: number, seed: number): string {
  const out = [
    "import { and, eq, gte } from 'drizzle-orm';",
    "import { Op } from 'sequelize';",
    "import { leads } from '../db/schema';",
    '',
  ];
  let fn = 0;
  while (out.length < lines) {
    out.push(`export async function handler${seed}_${fn++}(from: Date, items: Item[], rows0: Row[], rows1: Row[], rows2: Row[]) {`);
    for (let k = 0; k < 20 && out.length < lines - 1; k++) out.push(SNIPPETS[(seed + fn * 20 + k) % SNIPPETS.length]!(out.length));
    out.push('}');
  }
  return out.join('\n') + '\n';
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function main(): Promise<void> {
  await Promise.all([ensureParserLoaded(), ensureTreeSitterLoaded()]);
  const ws = new WorkspaceCatalog();
  ws.setFile('structure.sql', fs.readFileSync(path.join(ROOT, 'db', 'structure.sql'), 'utf8'), 'sql');
  const catalog = ws.snapshot();
  const prisma = path.join(ROOT, 'prisma', 'schema.prisma');
  typescriptHost.indexFile!(prisma, fs.readFileSync(prisma, 'utf8'));
  const schema = path.join(ROOT, 'src', 'db', 'schema.ts');
  typescriptHost.indexFile!(schema, fs.readFileSync(schema, 'utf8'));
  const seq = path.join(ROOT, 'src', 'models', 'sequelize.ts');
  typescriptHost.indexFile!(seq, fs.readFileSync(seq, 'utf8'));

  // 1. Throughput over a generated tree: 400 files of 300–1,500 lines.
  const files: string[] = [];
  for (let i = 0; i < Number(process.env.BENCH_FILES ?? 120); i++) files.push(generateFile(300 + ((i * 97) % 1200), i));
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f), 0);
  // Warm-up (JIT, WASM).
  for (const f of files.slice(0, 10)) typescriptHost.check(f, catalog);
  let findings = 0;
  const t0 = performance.now();
  files.forEach((f, i) => {
    findings += typescriptHost.check(f, catalog, { fileName: `gen-${i}.ts` }).findings.length;
    typescriptHost.removeFile!(`gen-${i}.ts`);
  });
  const ms = performance.now() - t0;
  // How much of that is tree-sitter's own full parse of the same files.
  const parser = parserFor('typescript');
  const p0 = performance.now();
  for (const f of files) parser.parse(f)?.delete();
  const parseMs = performance.now() - p0;
  console.log(`(files checked without a cache: a full tree-sitter parse and translation each)`);
  console.log(`scan: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${findings} findings in ${ms.toFixed(0)} ms → ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
  console.log(`  of which a tree-sitter full parse alone: ${parseMs.toFixed(0)} ms → ${(bytes / 1e6 / (parseMs / 1000)).toFixed(2)} MB/s`);

  // 2. Latency after a one-line edit of a 5,000-line file.
  let big = generateFile(5000, 7);
  const lines = big.split('\n');
  console.log(`latency file: ${lines.length - 1} lines, ${(Buffer.byteLength(big) / 1e3).toFixed(0)} kB`);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 60; i++) {
    // Replace a statement line (never a function's first or last line), as typing inside a body does.
    let at = 100 + ((i * 83) % 4800);
    while (!lines[at]!.startsWith('  ')) at++;
    lines[at] = `  await knex('leads').where('company', 'edit${i}');`;
    big = lines.join('\n');
    const s = performance.now();
    const c0 = process.cpuUsage();
    typescriptHost.check(big, catalog, { fileName: 'big.ts' });
    const c = process.cpuUsage(c0);
    times.push(performance.now() - s);
    cpu.push((c.user + c.system) / 1000);
  }
  const steady = times.slice(5);
  const steadyCpu = cpu.slice(5);
  console.log(`check after a one-line edit (5,000 lines, incremental): wall p50 ${pct(steady, 50).toFixed(1)} ms, p95 ${pct(steady, 95).toFixed(1)} ms; CPU p50 ${pct(steadyCpu, 50).toFixed(1)} ms, p95 ${pct(steadyCpu, 95).toFixed(1)} ms`);
  // The same file checked from scratch (first open / no cached tree).
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    typescriptHost.check(big, catalog, { fileName: `cold-${i}.ts` });
    cold.push(performance.now() - s);
    typescriptHost.removeFile!(`cold-${i}.ts`);
  }
  console.log(`full check of the 5,000-line file without cache: p50 ${pct(cold, 50).toFixed(0)} ms`);
  console.log(`(load average while measuring: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);
}

void main();
