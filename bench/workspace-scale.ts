// Workspace-scale benchmark (prints numbers; not a test). For each language family (Rails,
// TypeScript, Python) it generates a 10,000-file application in a temporary directory — models,
// services/repositories that query partitioned tables, controllers/views, and many files with no
// database code, like a real application — then:
//  1. runs the BUILT CLI (`dist/partition-lens.js check --format json`) with one thread and with
//     the default threads: wall time, MB/s of source, peak RSS of the whole process (workers
//     included, from /usr/bin/time), files skipped by the pre-filter are part of the scan;
//  2. starts the BUILT language server on the application (cross-file analysis on: per-folder
//     host indexes), opens a query file and makes single-character edits: didChange →
//     publishDiagnostics p50/p95 (debounce 0);
//  3. opens 20 files that use a model, edits the model file, and measures the time until every
//     one of them has been re-checked (a new publishDiagnostics).
//  Before those, "<family> pre-filter:" says how many files the index-driven pre-filter
//  (`HostModule.mightReach`) skips without a parse.
// Measured 2026-12-06 on the shared 2-CPU machine at load 12–15 (wall times are 2–4× the CPU
// time there; same-load pairs, CPU user time and peak RSS, before → after the scan work):
//   Rails       --jobs 1 21 s / 461 MB → 21 s / 428 MB; default 35 s / 756 MB → 22 s / 435 MB
//               (no thread started: the Ruby index parses every file, 23 of the 29 s)
//   TypeScript  --jobs 1 6.0 s / 340 MB → 5.7 s / 280 MB; default 6.1 s / 439 MB → 5.5 s / 320 MB;
//               7,999 of 9,999 files skipped unparsed
//   Python      --jobs 1 13.2 s / 337 MB → 6.4 s / 257 MB; default 13.6 s / 488 MB → 7.3 s / 291 MB;
//               7,998 of 9,999 files skipped unparsed
// CPU MB/s of source: Rails 0.8, TypeScript 3.5–4, Python 2.3–2.6 (goal 10, not met: see ARCHITECTURE.md "Scale").
// Later the same day (load 9–11, `--jobs 1`, 2–4 alternating runs, CPU s / peak RSS, main → after
// the TypeScript skeleton bodies left out of the parse and libpg_query compiled by the baseline
// compiler only): Rails 6.8–9.4 s both, CPU unchanged beyond noise (≈ 2 MB/s) / 303–312 →
// 269–275 MB; TypeScript 4.0–4.5 → 3.8 s (4.8–5.4 → 5.7 MB/s) / 214–235 → 206–208 MB; Python
// 6.9–8.1 → 6.1–7.1 s (2.1–2.5 → 2.4–2.8 MB/s) / 220–222 → 191–193 MB. Full run after (same
// load): Rails keystroke p95 13.0 ms, TypeScript 33.5 ms, Python 40.9 ms; dependents ≤ 271 ms.
// The keystroke p95 there is mostly waiting for a core: a TypeScript keystroke costs the server
// ≈ 2 ms of CPU (profile), p50 5.6 ms.
// Then (22:00–22:10, load 15–26: tree copies through treesitter.ts fastWalk, pre-filter skips
// settled before checking, threads started with the run), interleaved `--jobs 1` runs against main,
// least CPU of 3: Rails 10.5 → 8.4 s, TypeScript 4.2 → 3.9 s, Python 8.1 → 7.5 s; peak RSS unchanged
// within noise. Output byte-identical with main's on all three applications.
// 2026-12-07 02:50–04:10 (load 3 at first, then 10–30 on 2 CPUs: CPU user time of interleaved
// `--jobs 1` pairs, main → Ruby bodies left out of a check's parse, `ruby/blank.ts`): Rails
// 12.6 → 9.2 s (load 12), 11.5 → 10.9 and 11.7 → 10.4 s (load 14–18), 11.1 → 9.9 s (load 24–30);
// instrumented, the Rails parse CPU is 3.9 → 2.1 s of 11.5 → 9.3 s (≈ 1.5 → 1.8 MB/s of source);
// peak RSS 204–211 MB both (noise, no change). TypeScript (≈ 5.5 s, 175 MB) and Python (≈ 8 s,
// 154–164 MB) unchanged: their parse is ≈ 30 % of the CPU (tree-sitter's WebAssembly parse runs
// at 1.5–2 MB/s here), the rest evaluation, copies and GC. Output byte-identical with main's on
// all three applications. LSP (load 24–26, so mostly waiting for a core): keystroke p50/p95 Rails
// 92/210 ms, TypeScript 104/250 ms, Python 68/330 ms; dependents 0.5–2.0 s — not comparable with
// the numbers above, measured at load 9–11.
// Peak RSS: until round twelve this bench printed KiB / 1024 labelled "MB", i.e. MiB (1 MiB =
// 1.048576 MB), so the "MB" of peak RSS quoted from it above are MiB; it now prints both units.
// Goals (issue 10): ≥ 10 MB/s, ≤ 200 MB (decimal) peak RSS, keystroke p95 < 20 ms, dependents < 300 ms.
// Usage: node --import tsx bench/workspace-scale.ts [--files 10000] [--edits 60] [--only ruby|typescript|python]
// (environment: BENCH_SKIP_CLI=1 measures the language server only, BENCH_SKIP_LSP=1 the CLI only)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectFiles, readInput } from '../server/src/cli/files';
import { createCatalogIndex, documentKind, FolderIndexes, hostModuleFor, loadEngine } from '../server/src/engine/index';
import { fileUri, LspClient, ROOT } from '../test/helpers/lsp-client';

const CLI = path.join(ROOT, 'dist', 'partition-lens.js');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const DDL = `CREATE TABLE leads (id bigint, company text, user_id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2026_01 PARTITION OF leads FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE agent_outputs (id bigint, lead_id bigint, status text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE campaigns (id bigint, user_id bigint NOT NULL, name text) PARTITION BY HASH (user_id);
CREATE TABLE users (id bigint, email text);
`;

/** Plain methods (no database code) that bring files to the size of real ones (about 2 KB on average). */
function rubyMethods(i: number, k: number): string {
  let out = '';
  for (let j = 0; j < k; j++) out += `\n  def helper_${j}(values, factor = ${j + 2})\n    values.map { |v| (v.to_i * factor).to_s.rjust(8, "0") }.select { |s| s.size > ${j} }.join(", ")\n  end\n`;
  return out;
}
function tsMethods(i: number, k: number): string {
  let out = '';
  for (let j = 0; j < k; j++) out += `\nexport function helper${i}_${j}(values: number[], factor = ${j + 2}): string {\n  return values.map((v) => String(v * factor).padStart(8, '0')).filter((s) => s.length > ${j}).join(', ');\n}\n`;
  return out;
}
function pyMethods(i: number, k: number): string {
  let out = '';
  for (let j = 0; j < k; j++) out += `\n\ndef helper_${i}_${j}(values, factor=${j + 2}):\n    return ", ".join(str(v * factor).rjust(8, "0") for v in values if v > ${j})\n`;
  return out;
}

interface App {
  readonly files: Map<string, string>;
  /** A file with queries to type in. */
  readonly editFile: string;
  /** A model file and files that use it. */
  readonly modelFile: string;
  readonly modelUsers: readonly string[];
  readonly languageId: string;
}

function rails(n: number): App {
  const files = new Map<string, string>();
  files.set('db/structure.sql', DDL);
  files.set('app/models/application_record.rb', 'class ApplicationRecord < ActiveRecord::Base\n  self.abstract_class = true\nend\n');
  files.set('app/models/lead.rb', 'class Lead < ApplicationRecord\n  has_many :agent_outputs\n  scope :recent, -> { where(created_at: 1.month.ago..) }\nend\n');
  files.set('app/models/agent_output.rb', 'class AgentOutput < ApplicationRecord\n  belongs_to :lead\nend\n');
  files.set('app/models/campaign.rb', 'class Campaign < ApplicationRecord\nend\n');
  const users: string[] = [];
  for (let i = 0; files.size < n; i++) {
    const kind = i % 10;
    if (kind < 2) {
      const f = `app/services/lead_service_${i}.rb`;
      files.set(f, `class LeadService${i}\n  def call(company, since)\n    rel = Lead.where(company: company)\n    rel = rel.where(created_at: since..) if since\n    rel.each { |l| notify(l) }\n    AgentOutput.where(lead_id: ${i}).count\n    Lead.recent.where(user_id: ${i}).to_a\n  end\n\n  def notify(lead)\n    Rails.logger.info("lead #{lead.id}")\n  end\n${rubyMethods(i, 8)}end\n`);
      if (users.length < 20) users.push(f);
    } else if (kind < 4) {
      files.set(`app/controllers/users_${i}_controller.rb`, `class Users${i}Controller < ApplicationController\n  def index\n    @users = User.where(active: true).order(:name)\n  end\n\n  def show\n    render json: { id: params[:id] }\n  end\n${rubyMethods(i, 10)}end\n`);
    } else {
      files.set(`lib/util/util_${i}.rb`, `module Util${i}\n  def self.format(x)\n    x.to_s.rjust(10, "0")\n  end\n\n  def self.sum(list)\n    list.inject(0) { |a, b| a + b }\n  end\n\n  def self.label(n)\n    "item-#{n}-${i}"\n  end\n${rubyMethods(i, 12)}end\n`);
    }
  }
  return { files, editFile: users[0]!, modelFile: 'app/models/lead.rb', modelUsers: users, languageId: 'ruby' };
}

function typescript(n: number): App {
  const files = new Map<string, string>();
  files.set('db/structure.sql', DDL);
  files.set('src/db.ts', "import knex from 'knex';\nexport const db = knex({ client: 'pg' });\n");
  files.set('src/models/lead.ts', "export interface Lead { id: number; company: string; createdAt: Date }\nexport const LEADS = 'leads';\n");
  const users: string[] = [];
  for (let i = 0; files.size < n; i++) {
    const kind = i % 10;
    if (kind < 2) {
      const f = `src/repos/lead-repo-${i}.ts`;
      files.set(f, `import knex from 'knex';\nimport { LEADS, type Lead } from '../models/lead';\nconst db = knex({ client: 'pg' });\n\nexport async function byCompany${i}(company: string, since: Date): Promise<Lead[]> {\n  const a = await db('leads').where('company', company);\n  const b = await db('leads').where('company', company).where('created_at', '>=', since);\n  await db('agent_outputs').where('lead_id', ${i});\n  return [...a, ...b, ...(await db(LEADS).where({ user_id: ${i} }))];\n}\n${tsMethods(i, 8)}`);
      if (users.length < 20) users.push(f);
    } else if (kind < 4) {
      files.set(`src/routes/route-${i}.ts`, `import { Router } from 'express';\nexport const r${i} = Router();\nr${i}.get('/x/${i}', (req, res) => {\n  const q = String(req.query.q ?? '');\n  res.json({ ok: true, q, n: ${i} });\n});\n${tsMethods(i, 10)}`);
    } else {
      files.set(`src/util/util-${i}.ts`, `export function format${i}(x: number): string {\n  return String(x).padStart(10, '0');\n}\n\nexport function sum${i}(list: number[]): number {\n  return list.reduce((a, b) => a + b, 0);\n}\n\nexport const label${i} = (n: number): string => \`item-\${n}-${i}\`;\n${tsMethods(i, 12)}`);
    }
  }
  return { files, editFile: users[0]!, modelFile: 'src/models/lead.ts', modelUsers: users, languageId: 'typescript' };
}

function python(n: number): App {
  const files = new Map<string, string>();
  files.set('db/structure.sql', DDL);
  files.set('crm/models.py', 'from django.db import models\n\n\nclass Lead(models.Model):\n    company = models.TextField()\n    created_at = models.DateTimeField()\n\n    class Meta:\n        db_table = "leads"\n\n\nclass AgentOutput(models.Model):\n    lead = models.ForeignKey(Lead, on_delete=models.CASCADE)\n    created_at = models.DateTimeField()\n\n    class Meta:\n        db_table = "agent_outputs"\n');
  const users: string[] = [];
  for (let i = 0; files.size < n; i++) {
    const kind = i % 10;
    if (kind < 2) {
      const f = `crm/views/view_${i}.py`;
      files.set(f, `from crm.models import AgentOutput, Lead\n\n\ndef view_${i}(request, company, since):\n    leads = list(Lead.objects.filter(company=company))\n    recent = Lead.objects.filter(company=company, created_at__gte=since).count()\n    outputs = list(AgentOutput.objects.filter(lead_id=${i}))\n    return {"leads": leads, "recent": recent, "outputs": outputs}\n${pyMethods(i, 10)}`);
      if (users.length < 20) users.push(f);
    } else if (kind < 4) {
      files.set(`crm/forms/form_${i}.py`, `class Form${i}:\n    fields = ["name", "email"]\n\n    def clean(self, data):\n        return {k: str(v).strip() for k, v in data.items()}\n${pyMethods(i, 12)}`);
    } else {
      files.set(`crm/util/util_${i}.py`, `def format_${i}(x):\n    return str(x).rjust(10, "0")\n\n\ndef total_${i}(items, factor=2):\n    total = 0\n    for item in items:\n        total += item * factor\n    return total\n${pyMethods(i, 14)}`);
    }
  }
  return { files, editFile: users[0]!, modelFile: 'crm/models.py', modelUsers: users, languageId: 'python' };
}

function write(app: App): { dir: string; bytes: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-scale-'));
  let bytes = 0;
  for (const [rel, text] of app.files) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, bytes };
}

/**
 * A peak RSS given in KiB, in both units: MiB (2^20 bytes, what earlier versions of this bench
 * printed as "MB") and decimal MB (10^6 bytes, the unit of the ≤ 200 MB goal).
 */
function peakRss(kib: number): string {
  return `${(kib / 1024).toFixed(1)} MiB = ${((kib * 1024) / 1e6).toFixed(1)} MB`;
}

function cliRun(dir: string, bytes: number, jobs: string | undefined): string {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, CLI, 'check', '--format', 'json', ...(jobs ? ['--jobs', jobs] : []), '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  // GNU time's %M is in KiB (1,024 bytes).
  const [rssKib, user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number];
  const cpu = user + sys;
  let findings = -1;
  let notAnalysed = 0;
  try {
    const out = JSON.parse(r.stdout) as { diagnostics: unknown[]; notAnalysed?: unknown[] };
    findings = out.diagnostics.length;
    notAnalysed = out.notAnalysed?.length ?? 0;
  } catch {
    return `failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`;
  }
  return `${(ms / 1000).toFixed(2)} s wall (${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s), ${cpu.toFixed(2)} s CPU (${(bytes / 1e6 / cpu).toFixed(1)} MB/s of CPU), peak RSS ${peakRss(rssKib)}, ${findings} findings, ${notAnalysed} not analysed`;
}

/**
 * Files the index-driven pre-filter skips (no parse), computed in this process the way the CLI
 * does it: catalog and host indexes from every file, then `mightReach` per file. Hosts without
 * `mightReach` are reported as such (they parse every file their cheaper test lets through).
 */
async function prefilterCount(dir: string): Promise<string> {
  await loadEngine();
  const files = collectFiles([dir]);
  const catalog = createCatalogIndex();
  const indexes = new FolderIndexes();
  const texts = new Map<string, string>();
  const hosts = new Set(files.map((f) => hostModuleFor(documentKind(f.absolute))).filter((h) => h !== undefined));
  // A host without `mightReach` skips nothing here: its (possibly expensive) index is not built.
  if (![...hosts].some((h) => h.mightReach)) return `no pre-filter (${[...hosts].map((h) => h.language).join(', ')} host has no mightReach)`;
  for (const f of files) {
    const r = readInput(f);
    if (!('text' in r)) continue;
    texts.set(f.absolute, r.text);
    catalog.setFile(f.display, r.text);
    if (indexes.wants(f.absolute)) indexes.indexFile(f.absolute, r.text);
  }
  const snapshot = catalog.snapshot();
  let hostFiles = 0;
  let skipped = 0;
  for (const [file, text] of texts) {
    const host = hostModuleFor(documentKind(file));
    if (!host) continue;
    hostFiles++;
    if (!indexes.mightReach(host, text, { catalog: snapshot, fileName: file })) skipped++;
  }
  return `${skipped} of ${hostFiles} host files skipped unparsed by the pre-filter`;
}

function pct(xs: number[], p: number): string {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]!.toFixed(1) : 'n/a';
}

async function lsp(app: App, dir: string, edits: number): Promise<void> {
  const client = await LspClient.start({ folders: [dir], settings: () => ({ debounceMs: 0 }) });
  try {
    const t0 = performance.now();
    const uri = fileUri(path.join(dir, app.editFile));
    const text = app.files.get(app.editFile)!;
    client.open(uri, app.languageId, text);
    await client.waitForDiagnostics(uri, () => true, { timeoutMs: 120_000 });
    // The scan has ended when the log says so.
    await client.until('the workspace scan', () => (client.logs.some((l) => /scanned \d+ files/.test(l.message)) ? true : undefined), 300_000);
    const scan = client.logs.find((l) => /scanned \d+ files/.test(l.message))?.message ?? '';
    console.log(`  server: first diagnostics + scan in ${((performance.now() - t0) / 1000).toFixed(1)} s (${scan.replace(/^Partition Lens: /, '')})`);
    // Keystrokes: append and remove a space at the end of the first line, alternately.
    const times: number[] = [];
    const firstLineEnd = text.indexOf('\n');
    for (let k = 0; k < edits; k++) {
      const insert = k % 2 === 0;
      const start = performance.now();
      const v = client.change(uri, [
        insert
          ? { range: { start: { line: 0, character: firstLineEnd }, end: { line: 0, character: firstLineEnd } }, text: ' ' }
          : { range: { start: { line: 0, character: firstLineEnd }, end: { line: 0, character: firstLineEnd + 1 } }, text: '' },
      ]);
      await client.waitForDiagnostics(uri, () => true, { version: v, after: start });
      times.push(performance.now() - start);
    }
    console.log(`  keystroke → diagnostics (${app.languageId}, ${edits} edits): p50 ${pct(times, 0.5)} ms, p95 ${pct(times, 0.95)} ms (goal p95 < 20 ms)`);

    // Dependents: open the model's users, then edit the model.
    const userUris = app.modelUsers.map((f) => fileUri(path.join(dir, f)));
    for (const [i, f] of app.modelUsers.entries()) if (i > 0) client.open(userUris[i]!, app.languageId, app.files.get(f)!);
    for (const u of userUris) await client.waitForDiagnostics(u, () => true, { timeoutMs: 60_000 });
    await new Promise((r) => setTimeout(r, 1000));
    const modelUri = fileUri(path.join(dir, app.modelFile));
    const modelText = app.files.get(app.modelFile)!;
    client.open(modelUri, app.languageId, modelText);
    await client.waitForDiagnostics(modelUri);
    await new Promise((r) => setTimeout(r, 1000));
    const rounds: number[] = [];
    for (let k = 0; k < 5; k++) {
      const start = performance.now();
      // An edit that changes what the model file declares (blank lines change nothing, and the
      // Python index rightly re-checks nothing for them).
      client.replaceAll(modelUri, `${modelText}${'\n'.repeat(k + 1)}${app.languageId === 'python' ? `BENCH_EDIT_${k} = ${k}\n` : ''}`);
      const deadline = Date.now() + 10_000;
      let last = 0;
      for (const u of userUris) {
        for (;;) {
          const p = client.latest(u);
          if (p && p.at > start) {
            last = Math.max(last, p.at - start);
            break;
          }
          if (Date.now() > deadline) {
            last = Number.POSITIVE_INFINITY;
            break;
          }
          await new Promise((r) => setTimeout(r, 2));
        }
      }
      rounds.push(last);
      await new Promise((r) => setTimeout(r, 500));
    }
    console.log(`  model edit → ${userUris.length} dependent open documents re-checked: ${rounds.map((x) => (Number.isFinite(x) ? x.toFixed(0) : 'never')).join(', ')} ms (goal < 300 ms)`);
  } finally {
    await client.stop();
  }
}

async function main(): Promise<void> {
  const n = Number(arg('files', '10000'));
  const edits = Number(arg('edits', '60'));
  const only = arg('only', '');
  for (const [name, make] of [['Rails', rails], ['TypeScript', typescript], ['Python', python]] as const) {
    const app = make(n);
    if (only && !app.languageId.startsWith(only)) continue;
    const { dir, bytes } = write(app);
    if (!process.env.BENCH_WRITE_ONLY) console.log(`${name} pre-filter: ${await prefilterCount(dir)}`);
    if (process.env.BENCH_WRITE_ONLY) {
      console.log(`${name}: written to ${dir}`);
      continue;
    }
    try {
      console.log(`${name}: ${app.files.size} files, ${(bytes / 1e6).toFixed(1)} MB`);
      if (!process.env.BENCH_SKIP_CLI) {
        console.log(`  CLI --jobs 1: ${cliRun(dir, bytes, '1')}`);
        console.log(`  CLI default threads: ${cliRun(dir, bytes, undefined)}`);
      }
      if (!process.env.BENCH_SKIP_LSP) await lsp(app, dir, edits);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`load average: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);
}

void main();
