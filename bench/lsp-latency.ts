// Keystroke-to-diagnostics latency of the language server: spawns the BUILT dist/server.js
// (`node esbuild.mjs` first), opens a 5,000-line SQL file in a workspace with partitioned tables,
// makes 200 single-character edits one after another and measures, for each, the time from
// sending didChange to receiving publishDiagnostics for that version. The debounce is excluded by
// answering `partitionLens.debounceMs: 0` to the server's configuration request (the server then
// checks on the next event-loop turn), so the numbers are the server's own cost.
//
// Usage: node --import tsx bench/lsp-latency.ts [--lines 5000] [--edits 200] [--dump DIR]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileUri, LspClient, SERVER } from '../test/helpers/lsp-client';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const SCHEMA = `CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
${Array.from({ length: 24 }, (_, i) => {
  const y = 2025 + Math.floor(i / 12);
  const m = (i % 12) + 1;
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return `CREATE TABLE leads_${y}_${String(m).padStart(2, '0')} PARTITION OF leads FOR VALUES FROM ('${y}-${String(m).padStart(2, '0')}-01') TO ('${next}');`;
}).join('\n')}
CREATE TABLE campaigns (id bigint, user_id bigint NOT NULL, name text) PARTITION BY HASH (user_id);
${Array.from({ length: 8 }, (_, r) => `CREATE TABLE campaigns_${r} PARTITION OF campaigns FOR VALUES WITH (MODULUS 8, REMAINDER ${r});`).join('\n')}
CREATE TABLE agent_outputs (id bigint, lead_id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
`;

/** A realistic mix: prunable and unprunable queries, joins, CTEs, plain tables, updates. */
const TEMPLATES: ((i: number) => string)[] = [
  (i) => `SELECT id, company\nFROM leads\nWHERE company = 'c${i}'\n  AND id > ${i}\nORDER BY id;`,
  (i) => `SELECT l.id, o.id\nFROM leads l\nJOIN agent_outputs o ON o.lead_id = l.id\nWHERE l.created_at >= '2026-0${(i % 9) + 1}-01'\n  AND o.created_at >= '2026-01-01';`,
  (i) => `UPDATE campaigns\nSET name = 'n${i}'\nWHERE user_id = ${i}\n  AND id = ${i}\n  AND name IS NOT NULL;`,
  (i) => `WITH recent AS (\n  SELECT * FROM agent_outputs\n  WHERE date_trunc('day', created_at) = '2026-01-0${(i % 9) + 1}'\n)\nSELECT count(*) FROM recent;`,
  (i) => `SELECT u.id, u.email\nFROM users u\nWHERE u.id = ${i}\n  AND u.active\nLIMIT 10;`,
];

function generate(lines: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < lines; i++) {
    const stmt = `${TEMPLATES[i % TEMPLATES.length]!(i)}\n`;
    out.push(stmt);
    n += stmt.split('\n').length - 1;
  }
  return out.join('');
}

/** User + system CPU time of a process in ms (Linux /proc; undefined elsewhere). */
function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // Fields 14 and 15 of /proc/PID/stat (utime, stime), counted after the command name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

async function main(): Promise<void> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "node esbuild.mjs" first`);
  const lines = arg('lines', 5000);
  const edits = arg('edits', 200);
  const dump = process.argv.indexOf('--dump');
  if (dump >= 0) {
    // Writes the generated workspace for profiling the engine directly, then stops.
    const out = process.argv[dump + 1] ?? 'bench-out';
    fs.mkdirSync(path.join(out, 'db'), { recursive: true });
    fs.writeFileSync(path.join(out, 'db', 'schema.sql'), SCHEMA);
    fs.writeFileSync(path.join(out, 'queries.sql'), generate(lines));
    console.log(`wrote ${out}/db/schema.sql and ${out}/queries.sql`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-bench-'));
  try {
    fs.mkdirSync(path.join(dir, 'db'));
    fs.writeFileSync(path.join(dir, 'db', 'schema.sql'), SCHEMA);
    const text = generate(lines);
    const file = path.join(dir, 'queries.sql');
    fs.writeFileSync(file, text);
    const uri = fileUri(file);

    const client = await LspClient.start({ folders: [dir], settings: () => ({ debounceMs: 0 }) });
    try {
      await client.until('workspace scan', async () => {
        const r = await client.request<{ tables: unknown[] }>('partitionLens/catalogSummary', null);
        return r.tables.length === 3 ? r : undefined;
      });
      const t0 = performance.now();
      client.open(uri, 'sql', text);
      const initial = await client.waitForDiagnostics(uri, undefined, { timeoutMs: 60_000 });
      const openMs = performance.now() - t0;

      // Edits: type into a literal in the middle of the file, so every check sees changed text.
      const lineArr = text.split('\n');
      const target = lineArr.findIndex((l, i) => i > lineArr.length / 2 && l.includes("company = 'c"));
      const col = lineArr[target]!.indexOf("'c") + 2;
      const latencies: number[] = [];
      const cpu0 = cpuMs(client.pid);
      for (let k = 0; k < edits; k++) {
        const at = { line: target, character: col };
        const sent = performance.now();
        const version = client.change(uri, [{ range: { start: at, end: at }, text: String(k % 10) }]);
        await client.waitForDiagnostics(uri, undefined, { version, after: sent, timeoutMs: 30_000 });
        latencies.push(client.latest(uri)!.at - sent);
      }
      const cpu1 = cpuMs(client.pid);
      latencies.sort((a, b) => a - b);
      const mean = latencies.reduce((a, b) => a + b, 0) / latencies.length;
      const bytes = Buffer.byteLength(text);
      console.log(`lsp-latency: ${lines} lines (${(bytes / 1024).toFixed(0)} KiB), ${initial.length} diagnostics, ${edits} edits, debounceMs=0`);
      console.log(`  open → first diagnostics: ${openMs.toFixed(1)} ms`);
      console.log(
        `  didChange → publishDiagnostics: p50 ${percentile(latencies, 50).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms, ` +
          `max ${latencies[latencies.length - 1]!.toFixed(2)} ms, mean ${mean.toFixed(2)} ms (goal p95 < 20 ms)`,
      );
      if (cpu0 !== undefined && cpu1 !== undefined) {
        // Wall-clock latency includes waiting for a CPU on a busy machine; this is the server's own work.
        console.log(`  server CPU time per edit (mean, /proc): ${((cpu1 - cpu0) / edits).toFixed(2)} ms; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs`);
      }
    } finally {
      await client.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
