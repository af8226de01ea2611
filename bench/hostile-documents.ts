// Hostile documents against the BUILT language server (`node esbuild.mjs` first): for each
// scenario a fresh server opens a normal SQL document, then the hostile one plus one keystroke in
// it, and measures how long a keystroke in the normal document takes to get its diagnostics while
// the hostile one is open (the server must stay responsive), and the server's RSS before, at the
// peak, and after the hostile document is closed. Then the CLI on a 100 MB binary file named
// `.sql`: time, exit status and peak RSS.
//
// Usage: node --import tsx bench/hostile-documents.ts [--only NAME] [--limit-s 90] [--binary-mb 100]
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileUri, LspClient, ROOT, SERVER } from '../test/helpers/lsp-client';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const LIMIT_MS = Number(arg('limit-s') ?? 90) * 1000;
const SCHEMA = 'CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);\n';
const NORMAL = "SELECT id FROM leads WHERE company = 'x';\n";

/** Resident set size and its peak (kB → MB) of a process, from /proc. */
function rss(pid: number | undefined): { now: number; peak: number } | undefined {
  if (pid === undefined) return undefined;
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string): number => Number(/\d+/.exec(s.split('\n').find((l) => l.startsWith(k)) ?? '')?.[0] ?? NaN);
    return { now: kb('VmRSS:') / 1024, peak: kb('VmHWM:') / 1024 };
  } catch {
    return undefined;
  }
}

function valuesLine(bytes: number, item: (i: number) => string, sep = ', '): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const s = item(i);
    out.push(s);
    n += s.length + sep.length;
  }
  return out.join(sep);
}

interface Scenario {
  readonly name: string;
  readonly file: string;
  readonly languageId: string;
  make(): string;
}

const MB = 1024 * 1024;
const scenarios: Scenario[] = [
  { name: 'sql-1MB-line', file: 'line.sql', languageId: 'sql', make: () => `SELECT * FROM leads WHERE company IN (${valuesLine(MB, (i) => `'c${i}'`)});` },
  { name: 'ruby-1MB-line', file: 'line.rb', languageId: 'ruby', make: () => `Lead.where(company: [${valuesLine(MB, (i) => `"c${i}"`)}]).to_a\n` },
  {
    name: 'ts-1MB-line',
    file: 'line.ts',
    languageId: 'typescript',
    make: () => `const xs = [${valuesLine(MB, (i) => `'c${i}'`)}]; pool.query('SELECT * FROM leads WHERE company = $1', xs);\n`,
  },
  { name: 'ts-10000-nested-templates', file: 'nested.ts', languageId: 'typescript', make: () => 'const q = ' + '`a${'.repeat(10_000) + 'x' + '}`'.repeat(10_000) + ';\n' },
  {
    // Within the bounds: analysed. Shows whether memory comes back after closing an analysed file.
    name: 'python-1.5MB-analysed',
    file: 'big.py',
    languageId: 'python',
    make: () => {
      const out: string[] = [];
      for (let i = 0, n = 0; n < 1_500_000; i++) {
        const s = `def report_${i}(cursor, company):\n    if company:\n        cursor.execute("SELECT * FROM leads WHERE company = %s", [company])\n    return cursor.fetchall()\n\n`;
        out.push(s);
        n += s.length;
      }
      return out.join('');
    },
  },
  {
    name: 'sql-8M-chars',
    file: 'big.sql',
    languageId: 'sql',
    make: () => {
      const out: string[] = [];
      let n = 0;
      for (let i = 0; n < 8_000_000; i++) {
        const s = `SELECT id, company FROM leads WHERE company = 'c${i}' AND id > ${i};\n`;
        out.push(s);
        n += s.length;
      }
      return out.join('');
    },
  },
];

async function timed<T>(p: Promise<T>): Promise<{ ms: number; ok: boolean }> {
  const t0 = performance.now();
  const ok = await Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), LIMIT_MS))]);
  return { ms: performance.now() - t0, ok };
}

async function runScenario(dir: string, sc: Scenario): Promise<void> {
  const client = await LspClient.start({ folders: [dir], settings: () => ({ debounceMs: 0 }) });
  try {
    await client.until('workspace scan', async () => {
      const r = await client.request<{ tables: unknown[] }>('partitionLens/catalogSummary', null);
      return r.tables.length >= 1 ? r : undefined;
    });
    const normal = fileUri(path.join(dir, 'normal.sql'));
    client.open(normal, 'sql', NORMAL);
    await client.waitForDiagnostics(normal, (d) => d.length === 1);
    const keystroke = async (): Promise<number> => {
      const at = { line: 0, character: NORMAL.indexOf("'x") + 2 };
      const sent = performance.now();
      const version = client.change(normal, [{ range: { start: at, end: at }, text: 'y' }]);
      await client.waitForDiagnostics(normal, (d) => d.length === 1, { version, after: sent, timeoutMs: LIMIT_MS });
      return client.latest(normal)!.at - sent;
    };
    const before = await keystroke();
    const rss0 = rss(client.pid);
    const text = sc.make();
    const uri = fileUri(path.join(dir, sc.file));
    const tOpen = performance.now();
    client.open(uri, sc.languageId, text);
    const opened = await timed(client.waitForDiagnostics(uri, undefined, { timeoutMs: LIMIT_MS }));
    const openMs = performance.now() - tOpen;
    const end = { line: text.split('\n').length - 1, character: 0 };
    client.change(uri, [{ range: { start: end, end }, text: ' ' }]);
    let during: number | string;
    try {
      during = (await keystroke()).toFixed(0);
    } catch {
      during = `> ${LIMIT_MS / 1000} s`;
    }
    const notice = client.shown.find((m) => m.includes(sc.file)) ?? client.logs.find((l) => l.message.includes(sc.file) && /not analysed|not checked/.test(l.message))?.message;
    const rss1 = rss(client.pid);
    client.close(uri);
    await new Promise((r) => setTimeout(r, 3000));
    const rss2 = rss(client.pid);
    const after = await keystroke();
    const f = (x: number | undefined): string => (x === undefined ? '?' : x.toFixed(0));
    console.log(
      `${sc.name.padEnd(26)} ${(text.length / 1e6).toFixed(1)} M chars | open ${opened.ok ? f(openMs) + ' ms' : `> ${LIMIT_MS / 1000} s`} | ` +
        `normal doc keystroke: before ${f(before)} ms, with it open ${during} ms, after close ${f(after)} ms | ` +
        `server RSS MB: before ${f(rss0?.now)}, open ${f(rss1?.now)} (peak ${f(rss1?.peak)}), after close ${f(rss2?.now)}`,
    );
    if (notice) console.log(`${''.padEnd(26)} notice: ${notice}`);
  } finally {
    await client.stop();
  }
}

/** The CLI on a binary file named `.sql`: exit status, time, peak RSS (from /usr/bin/time when present). */
async function runBinaryCli(dir: string, mb: number): Promise<void> {
  const file = path.join(dir, 'blob.sql');
  const fd = fs.openSync(file, 'w');
  for (let i = 0; i < mb; i++) fs.writeSync(fd, crypto.randomBytes(MB));
  fs.closeSync(fd);
  const cli = path.join(ROOT, 'dist', 'partition-lens.js');
  const haveTime = fs.existsSync('/usr/bin/time');
  const [cmd, args] = haveTime ? ['/usr/bin/time', ['-f', '%M', process.execPath, cli, 'check', dir]] : [process.execPath, [cli, 'check', dir]];
  const t0 = performance.now();
  const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const c = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    c.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => c.kill('SIGKILL'), LIMIT_MS);
    c.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  const ms = performance.now() - t0;
  const lines = r.stderr.trim().split('\n');
  const peakKb = haveTime ? Number(lines.pop()) : NaN;
  console.log(
    `cli ${mb} MB binary .sql: exit ${r.code}, ${ms.toFixed(0)} ms, peak RSS ${Number.isFinite(peakKb) ? (peakKb / 1024).toFixed(0) + ' MB' : '?'}; ` +
      `stderr: ${JSON.stringify(lines.join(' ').slice(0, 200))}; stdout: ${JSON.stringify(r.stdout.trim().split('\n').pop()?.slice(0, 160))}`,
  );
  fs.rmSync(file);
}

async function main(): Promise<void> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "node esbuild.mjs" first`);
  const only = arg('only');
  console.log(`hostile-documents: limit ${LIMIT_MS / 1000} s per wait; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-bench-hostile-'));
  try {
    fs.mkdirSync(path.join(dir, 'db'));
    fs.writeFileSync(path.join(dir, 'db', 'schema.sql'), SCHEMA);
    for (const sc of scenarios) if (!only || sc.name.includes(only)) await runScenario(dir, sc);
    if (!only || 'cli-binary'.includes(only)) {
      const cliDir = path.join(dir, 'cli');
      fs.mkdirSync(cliDir);
      fs.writeFileSync(path.join(cliDir, 'schema.sql'), SCHEMA);
      fs.writeFileSync(path.join(cliDir, 'normal.sql'), NORMAL);
      await runBinaryCli(cliDir, Number(arg('binary-mb') ?? 100));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
