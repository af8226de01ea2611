/**
 * `partition-lens check [--schema FILE]... [--format text|json|sarif] PATH...`
 *
 * Learns partitioned tables from every DDL file among the PATHs and the `--schema` files, then
 * checks every SQL / Ruby / TypeScript / JavaScript / Python file among the PATHs.
 * Exit codes: 0 no findings at or above --fail-on, 1 such findings, 2 usage or internal error (message on stderr).
 * A file that cannot be read or analysed never ends the run: it is listed as not analysed (JSON
 * `notAnalysed`, one stderr line each) and does not change the exit code.
 */
import os from 'node:os';
import { catalogListing, displayName, keyNames } from '../engine/catalog/model';
import { createCatalogIndex, documentKind, loadEngine } from '../engine/index';
import { checkRunFile, oneLine, RunIndexes, type FileOutcome, type RunFile } from './check-run';
import { CheckPool, idleCores } from './check-worker';
import { CliError, collectFiles, readInput, type NotAnalysed } from './files';
import { capYoungGeneration } from './heap';
import { formatJson, formatSarif, formatText, printableName, type CheckedDiagnostic, type CheckedTable, type CheckReport } from './format';

export const CHECK_USAGE = `Usage: partition-lens check [--schema FILE]... [--format text|json|sarif] [--pg-version N] [--jobs N] PATH...

Reports queries on partitioned PostgreSQL tables that cannot use partition pruning.

  PATH             files or directories (searched recursively; node_modules, vendor, .git,
                   dist, build, out, coverage and tmp are skipped)
  --schema FILE    an extra file to learn partitioned tables from (repeatable)
  --format FORMAT  text (default), json or sarif
  --fail-on LEVEL  error, warning (default), information or never: the lowest severity
                   whose findings make the exit status 1 (every finding is reported)
  --pg-version N   the PostgreSQL major version the queries run on (e.g. 15): a few pruning
                   rules differ between versions; without it the newest behaviour is assumed
  --jobs N         check with N threads (default: the number of cores, at most 8, when the
                   run is large enough to gain from them; 1 = no threads)
  -h, --help       show this help

Exit status: 0 no findings, 1 findings, 2 usage or internal error (findings below the
--fail-on level do not count). Files that cannot be read or analysed are listed on stderr (and
in the JSON "notAnalysed") and do not change the exit status.
`;

type FailOn = 'error' | 'warning' | 'information' | 'never';

/** Severity ranks for --fail-on: a finding fails the run when its rank is at least the level's. */
const SEVERITY_RANK: Readonly<Record<string, number>> = { hint: 0, information: 1, warning: 2, error: 3, never: 4 };

type Format = 'text' | 'json' | 'sarif';

interface CheckArgs {
  readonly schemas: string[];
  readonly format: Format;
  readonly paths: string[];
  readonly help: boolean;
  readonly failOn: FailOn;
  readonly jobs?: number;
  /** `--pg-version` as `server_version_num` (15 → 150000). */
  readonly serverVersionNum?: number;
}

function parseCheckArgs(argv: readonly string[]): CheckArgs {
  const schemas: string[] = [];
  const paths: string[] = [];
  let format: Format = 'text';
  let help = false;
  let failOn: FailOn = 'warning';
  let jobs: number | undefined;
  let serverVersionNum: number | undefined;
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (options && a === '--') {
      options = false;
      continue;
    }
    if (options && a.startsWith('-') && a !== '-') {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(0, eq) : a;
      const takeValue = (): string => {
        if (eq >= 0) return a.slice(eq + 1);
        const v = argv[i + 1];
        if (v === undefined || (v.startsWith('-') && v !== '-')) throw new CliError(`${name} needs a value`);
        i++;
        return v;
      };
      if (name === '--schema') {
        const v = takeValue();
        if (v === '') throw new CliError('--schema needs a file name');
        schemas.push(v);
      } else if (name === '--format') {
        const v = takeValue();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new CliError(`unknown format "${v}" (expected text, json or sarif)`);
        format = v;
      } else if (name === '--fail-on') {
        const v = takeValue();
        if (v !== 'error' && v !== 'warning' && v !== 'information' && v !== 'never')
          throw new CliError(`unknown --fail-on level "${v}" (expected error, warning, information or never)`);
        failOn = v;
      } else if (name === '--jobs') {
        const v = takeValue();
        if (!/^[1-9][0-9]{0,2}$/.test(v)) throw new CliError(`--jobs needs a whole number from 1 to 999, not "${v}"`);
        jobs = Number(v);
      } else if (name === '--pg-version') {
        const v = takeValue();
        const m = /^(1[0-9]|[2-9][0-9])(?:\.[0-9]+)?$/.exec(v);
        if (!m) throw new CliError(`--pg-version needs a PostgreSQL major version from 10 to 99 (e.g. 15), not "${v}"`);
        serverVersionNum = Number(m[1]) * 10000;
      } else if ((name === '--help' || name === '-h') && eq < 0) {
        help = true;
      } else {
        throw new CliError(`unknown option ${name}`);
      }
      continue;
    }
    paths.push(a);
  }
  return { schemas, format, paths, help, failOn, ...(jobs !== undefined ? { jobs } : {}), ...(serverVersionNum !== undefined ? { serverVersionNum } : {}) };
}

/** Runs `check`; returns the exit code. Writes the report to stdout and problems to stderr. */
export interface CheckIo {
  /** The bundle to start worker threads from (none: everything runs in this thread). */
  readonly workerScript?: string;
  /** Where the report and the problems go (default: process.stdout / process.stderr). */
  readonly stdout?: (text: string) => Promise<void>;
  readonly stderr?: (text: string) => void;
}

export async function runCheck(argv: readonly string[], toolVersion: string, options: CheckIo = {}): Promise<number> {
  const stderr = options.stderr ?? ((t: string) => void process.stderr.write(t));
  const stdout = options.stdout ?? writeStdout;
  let args: CheckArgs;
  try {
    args = parseCheckArgs(argv);
  } catch (e) {
    stderr(`partition-lens check: ${(e as Error).message}\n\n${CHECK_USAGE}`);
    return 2;
  }
  if (args.help) {
    await stdout(CHECK_USAGE);
    return 0;
  }
  if (args.paths.length === 0) {
    stderr(`partition-lens check: no PATH given\n\n${CHECK_USAGE}`);
    return 2;
  }
  try {
    const report = await buildReport(args, options.workerScript, (file, note) => stderr(`partition-lens check: ${printableName(file)}: ${note}\n`));
    for (const n of report.notAnalysed ?? []) stderr(`partition-lens check: not analysed: ${printableName(n.file)}: ${n.reason}\n`);
    const text =
      args.format === 'json' ? formatJson(report) : args.format === 'sarif' ? formatSarif(report, toolVersion) : formatText(report);
    await stdout(text);
    const threshold = SEVERITY_RANK[args.failOn]!;
    return report.diagnostics.some((d) => (SEVERITY_RANK[d.severity] ?? 0) >= threshold) ? 1 : 0;
  } catch (e) {
    if (e instanceof CliError) stderr(`partition-lens check: ${e.message}\n`);
    else stderr(`partition-lens check: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
}

/** Characters of source kept between reading for the catalog and checking (else read again). */
const KEPT_TEXT_BUDGET = 24 * 1024 * 1024;

/** Below this many files to check, starting worker threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 300;

/**
 * From this many files to check, default threads start with the run (when cores are idle): their
 * reading and indexing then overlaps this thread's, instead of following a sample of checking.
 */
const EARLY_WORKER_FILES = 1000;

/**
 * Default threads (not asked for with --jobs) start only while the run's projected peak memory
 * (RSS) stays under this: every thread holds its own indexes, so on a large application a second
 * thread cost as much memory as the first (the generated 10,000-file Rails app: 201 -> 313 MB)
 * for at most a few tenths of the time (measured on 2 cores).
 */
export const THREAD_MEMORY_BUDGET = 200 * 1024 * 1024;
/** A thread's memory besides its indexes and checking (its V8 heap's base, the engine), for projections. */
export const THREAD_BASE_MEMORY = 20 * 1024 * 1024;
/** Before any file is read: this process without indexes, and a thread's memory per file of the run (measured: 9-13 KB). */
const PROCESS_BASE_MEMORY = 80 * 1024 * 1024;
const THREAD_MEMORY_PER_FILE = 12 * 1024;

/** How many default threads fit the memory budget before any file is read. */
export function affordableEarlyThreads(files: number): number {
  const perThread = THREAD_BASE_MEMORY + files * THREAD_MEMORY_PER_FILE;
  return Math.max(0, Math.floor((THREAD_MEMORY_BUDGET - PROCESS_BASE_MEMORY - files * THREAD_MEMORY_PER_FILE) / perThread));
}

/** Worker threads used by default: the machine's cores, at most 8. */
function defaultJobs(): number {
  const n = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(8, n));
}

async function buildReport(args: CheckArgs, workerScript: string | undefined, note: (file: string, note: string) => void): Promise<CheckReport> {
  const notAnalysed: NotAnalysed[] = [];
  const schemaFiles: RunFile[] = collectFiles(args.schemas, notAnalysed).map((f) => ({ ...f, root: -1 }));
  const files: RunFile[] = [];
  args.paths.forEach((p, root) => {
    for (const f of collectFiles([p], notAnalysed)) files.push({ ...f, root });
  });
  // What a worker thread must do before it can check (load the engine, read, index) is timed here.
  const setupStart = performance.now();
  const all = new Map<string, RunFile>();
  for (const f of [...schemaFiles, ...files]) if (!all.has(f.absolute)) all.set(f.absolute, f);
  const toCheck = [...all.values()]
    .filter((f) => f.root >= 0 && documentKind(f.absolute) !== undefined)
    .sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  const jobs = Math.min(args.jobs ?? defaultJobs(), Math.ceil(toCheck.length / 64));
  const useWorkers = workerScript !== undefined && jobs > 1 && toCheck.length >= MIN_FILES_FOR_WORKERS;
  // Threads asked for (`--jobs N`) start now; default threads too on a large run with idle cores.
  const pool = useWorkers ? new CheckPool(workerScript, { rootCount: args.paths.length, files: [...all.values()] }) : undefined;
  try {
    if (pool && args.jobs !== undefined) pool.start(jobs - 1);
    else if (pool && toCheck.length >= EARLY_WORKER_FILES) pool.start(Math.min(jobs - 1, idleCores(), affordableEarlyThreads(all.size)));
    return await learnAndCheck({ args, note, notAnalysed, all, toCheck, jobs, pool, setupStart });
  } finally {
    // Threads still setting up when something failed here must not keep the process alive.
    pool?.close();
  }
}

interface RunPlan {
  readonly args: CheckArgs;
  readonly note: (file: string, note: string) => void;
  readonly notAnalysed: NotAnalysed[];
  /** Every file of the run in reading order (`--schema` files first). */
  readonly all: ReadonlyMap<string, RunFile>;
  /** The files to check, sorted by their displayed name. */
  readonly toCheck: readonly RunFile[];
  readonly jobs: number;
  readonly pool: CheckPool | undefined;
  readonly setupStart: number;
}

async function learnAndCheck(plan: RunPlan): Promise<CheckReport> {
  const { args, note, notAnalysed, all, toCheck, jobs, pool, setupStart } = plan;
  await loadEngine();

  // Learn tables and the host indexes from every file before checking any.
  // Texts of files to check are kept up to a budget; beyond it a file is read again when it is
  // checked, so memory stays bounded however large the tree is.
  const catalog = createCatalogIndex();
  const indexes = new RunIndexes(args.paths.length);
  const unreadable = new Set<string>();
  const kept = new Map<string, string>();
  let keptChars = 0;
  let read = 0;
  for (const f of all.values()) {
    if (++read % 16 === 0) capYoungGeneration();
    const r = readInput(f);
    if ('reason' in r) {
      notAnalysed.push({ file: f.display, reason: r.reason });
      unreadable.add(f.absolute);
      continue;
    }
    // A file decoded from another encoding (UTF-16, Latin-1) says so once.
    if (r.note) note(f.display, r.note);
    if (f.root >= 0 && keptChars + r.text.length <= KEPT_TEXT_BUDGET && documentKind(f.absolute) !== undefined) {
      kept.set(f.absolute, r.text);
      keptChars += r.text.length;
    }
    try {
      // A `--schema` file is the database as it is now: it wins over the migrations' history.
      catalog.setFile(f.display, r.text, { current: f.root < 0 });
    } catch (e) {
      notAnalysed.push({ file: f.display, reason: `reading its DDL failed: ${oneLine(e instanceof Error ? e.message : String(e))}` });
    }
    if (!indexes.wants(f.absolute)) continue;
    indexes.indexFile(f, r.text, notAnalysed);
  }
  const snapshot = args.serverVersionNum === undefined ? catalog.snapshot() : catalog.snapshot().withServerVersion(args.serverVersionNum);
  const setupMs = performance.now() - setupStart;
  // What another thread would hold once it has indexed the same files (garbage included: an upper bound).
  const threadMemory = process.memoryUsage().heapUsed + THREAD_BASE_MEMORY;

  // Sub-partitioned partitions are partitioned tables too (pg_partitioned_table lists them).
  const tables: CheckedTable[] = catalogListing(snapshot.tables()).map((t) => ({
    name: displayName(t.schema, t.name),
    strategy: t.strategy,
    key: keyNames(t.key),
    source: t.source?.file ? `${t.source.file}${t.source.line ? `:${t.source.line}` : ''}` : (t.source?.kind ?? null),
  }));

  // Files the pre-filter skips are settled now (see `prefilterSkips`): threads share only real work.
  const settled = new Set<string>();
  for (const f of toCheck) {
    const text = kept.get(f.absolute);
    if (text === undefined || !indexes.prefilterSkips(f, text, snapshot)) continue;
    settled.add(f.absolute);
    kept.delete(f.absolute);
  }
  const checkable = toCheck.filter((f) => !unreadable.has(f.absolute));
  const work = settled.size > 0 ? checkable.filter((f) => !settled.has(f.absolute)) : checkable;
  let outcomes: (FileOutcome | undefined)[] = [];
  if (pool) {
    // This thread checks too, so `jobs` threads hold `jobs` engines, not one more.
    let localChecked = 0;
    const local = (f: RunFile): FileOutcome => {
      if (++localChecked % 16 === 0) capYoungGeneration();
      indexes.remember(f);
      const outcome = checkRunFile(f, snapshot, indexes, kept.get(f.absolute));
      kept.delete(f.absolute);
      return outcome;
    };
    // Default threads not started with the run start only when a sample shows they pay off.
    const result = await pool.run({
      files: work,
      catalog: { tables: snapshot.tables(), ...(args.serverVersionNum !== undefined ? { serverVersionNum: args.serverVersionNum } : {}) },
      local,
      ...(args.jobs === undefined && pool.started === 0 ? { later: { workers: jobs - 1, setupMs, threadMemory, memoryBudget: THREAD_MEMORY_BUDGET } } : {}),
      handedOut: (f) => kept.delete(f.absolute),
    });
    outcomes = result.outcomes;
    // The workers saw the same index problems as this thread (reported above).
  }
  const diagnostics: CheckedDiagnostic[] = [];
  let filesChecked = 0;
  let w = 0;
  for (const f of checkable) {
    if (settled.has(f.absolute)) {
      filesChecked++;
      continue;
    }
    let outcome = outcomes[w++];
    if (!outcome) {
      if (w % 16 === 0) capYoungGeneration();
      indexes.remember(f);
      outcome = checkRunFile(f, snapshot, indexes, kept.get(f.absolute));
      kept.delete(f.absolute);
    }
    if (outcome.checked) filesChecked++;
    diagnostics.push(...outcome.diagnostics);
    notAnalysed.push(...outcome.notAnalysed);
  }
  return { tables, diagnostics, filesChecked, notAnalysed: uniqueSorted(notAnalysed) };
}

function uniqueSorted(list: readonly NotAnalysed[]): NotAnalysed[] {
  const seen = new Set<string>();
  const out: NotAnalysed[] = [];
  for (const n of list) {
    const k = `${n.file}\u0000${n.reason}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
}
