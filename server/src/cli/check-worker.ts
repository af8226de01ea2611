/**
 * Worker threads for `partition-lens check`: each worker loads the engine, builds the host indexes
 * of the run from the files the main thread lists (host indexes are opaque objects of the host
 * modules, so they are rebuilt rather than sent — which is why workers start only when the
 * remaining checking work is well above that cost), then checks batches of files it asks for. The
 * main thread puts results back in file order, so output does not depend on scheduling. A worker
 * that dies only costs the batch it held (reported as not analysed); files nobody took are checked
 * in the main thread.
 */
import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CatalogSnapshot, type PartitionedTable } from '../engine/catalog/model';
import { loadEngine } from '../engine/index';
import { loadSqlParserBaseline } from './wasm-tiers';
import { checkRunFile, oneLine, RunIndexes, type FileOutcome, type RunFile } from './check-run';
import type { NotAnalysed } from './files';

const ROLE = 'partition-lens-check-worker';

interface WorkerInit {
  readonly role: typeof ROLE;
  readonly id: number;
  readonly tables: readonly PartitionedTable[];
  /** `--pg-version` as `server_version_num`, when given. */
  readonly serverVersionNum?: number;
  readonly rootCount: number;
  readonly indexFiles: readonly RunFile[];
}

type ToWorker = { readonly batch: readonly { readonly i: number; readonly file: RunFile }[] } | { readonly stop: true };
type FromWorker =
  | { readonly ready: true; readonly indexProblems: readonly NotAnalysed[] }
  | { readonly results: readonly { readonly i: number; readonly outcome: FileOutcome }[] }
  | { readonly failed: string };

/** Files handed to a worker at once: small enough to balance, large enough to amortise messages. */
const BATCH = 24;

/** Young-generation limit of a worker thread, in MB. */
const WORKER_YOUNG_MB = 8;

/** True in a thread started by `checkInWorkers` (the CLI bundle is its own worker script). */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === ROLE;
}

/** The worker side: set up, then answer batches until told to stop. */
export function runCheckWorker(): void {
  const init = workerData as WorkerInit;
  const port = parentPort!;
  const post = (m: FromWorker): void => port.postMessage(m);
  void (async () => {
    try {
      await loadSqlParserBaseline();
      await loadEngine();
      const catalog = new CatalogSnapshot(init.tables, undefined, init.serverVersionNum);
      const indexes = new RunIndexes(init.rootCount);
      const problems: NotAnalysed[] = [];
      indexes.indexAll(init.indexFiles, problems);
      port.on('message', (m: ToWorker) => {
        if ('stop' in m) {
          port.close();
          return;
        }
        const results = m.batch.map(({ i, file }) => {
          indexes.remember(file);
          return { i, outcome: checkRunFile(file, catalog, indexes) };
        });
        post({ results });
      });
      post({ ready: true, indexProblems: problems });
    } catch (e) {
      post({ failed: e instanceof Error ? e.message : String(e) });
      port.close();
    }
  })();
}

export interface PoolResult {
  /** Per input file, in input order; undefined for files no worker checked. */
  readonly outcomes: (FileOutcome | undefined)[];
  readonly indexProblems: readonly NotAnalysed[];
  /** Worker threads started (0 when checking here was expected to be quicker). */
  readonly started: number;
}

/** Time this thread checks before deciding whether worker threads pay off. */
const SAMPLE_MS = 150;
const SAMPLE_FILES = 64;
/** Files are taken in this many interleaved passes, so that the first ones are a fair sample. */
const STRIDE = 16;

/**
 * Cores other processes leave idle, besides the one this thread uses (the 1-minute load average,
 * of which this thread is about one): a thread on a busy core only competes with this one.
 */
function idleCores(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const othersBusy = Math.max(0, (os.loadavg()[0] ?? 0) - 1);
  return Math.max(0, Math.floor(cores - othersBusy) - 1);
}

/** 0, 16, 32, …, 1, 17, …: any prefix is spread over the (path-sorted) list. */
function spreadOrder(n: number): number[] {
  const order: number[] = [];
  for (let r = 0; r < STRIDE; r++) for (let i = r; i < n; i += STRIDE) order.push(i);
  return order;
}

/**
 * Checks `files` in this thread with `local` and, when it pays off, with up to `workers` threads
 * running `script` (the CLI bundle). A worker first reads and indexes every file (about
 * `setupMs`, what this thread's own reading and indexing took), so workers are started only
 * after a sample of files checked here shows that the remaining work is well above that cost,
 * and no more than the machine has idle cores for;
 * on a small or cheap run no thread is started and no engine is duplicated. Without `setupMs`
 * (threads asked for explicitly) they start at once. `handedOut` hears of each file given to a
 * worker (the caller drops what it kept for checking it here). Between batches this
 * thread yields, so workers get their next batch without waiting. Resolves when every file has an
 * outcome or every thread has ended; files left without an outcome are for the caller.
 */
export function checkInWorkers(
  script: string,
  files: readonly RunFile[],
  init: { tables: readonly PartitionedTable[]; serverVersionNum?: number; rootCount: number; indexFiles: readonly RunFile[] },
  workers: number,
  local: (file: RunFile) => FileOutcome,
  setupMs: number | undefined,
  handedOut?: (file: RunFile) => void,
): Promise<PoolResult> {
  const outcomes: (FileOutcome | undefined)[] = new Array<FileOutcome | undefined>(files.length);
  const order = spreadOrder(files.length);
  let indexProblems: readonly NotAnalysed[] = [];
  let next = 0;
  let running = 0;
  let started = 0;
  return new Promise((resolve) => {
    const done = (): void => {
      if (--running === 0) resolve({ outcomes, indexProblems, started });
    };
    const startWorker = (id: number): void => {
      const data: WorkerInit = { role: ROLE, id, ...init };
      let worker: Worker;
      try {
        // A small young generation: a checking thread's garbage is short-lived, and peak memory counts every thread.
        worker = new Worker(script, { workerData: data, stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
      } catch {
        return;
      }
      running++;
      started++;
      /** The batch this worker holds: lost (not analysed) if it dies. */
      let held: { i: number; file: RunFile }[] = [];
      const send = (): void => {
        if (next >= order.length) {
          held = [];
          worker.postMessage({ stop: true } satisfies ToWorker);
          return;
        }
        held = [];
        for (; next < order.length && held.length < BATCH; next++) held.push({ i: order[next]!, file: files[order[next]!]! });
        worker.postMessage({ batch: held } satisfies ToWorker);
        for (const h of held) handedOut?.(h.file);
      };
      worker.on('message', (m: FromWorker) => {
        if ('ready' in m) {
          if (id === 0) indexProblems = m.indexProblems;
          send();
        } else if ('results' in m) {
          for (const r of m.results) outcomes[r.i] = r.outcome;
          send();
        } else {
          held = [];
          void worker.terminate();
        }
      });
      worker.on('error', (e) => {
        const reason = `internal error: the checking thread failed (${oneLine(e instanceof Error ? e.message : String(e))})`;
        for (const { i, file } of held) outcomes[i] = { diagnostics: [], notAnalysed: [{ file: file.display, reason }], checked: false, prefiltered: false };
        held = [];
      });
      worker.on('exit', done);
    };
    running++;
    // Threads asked for explicitly (`--jobs N`) start at once.
    if (setupMs === undefined) for (let id = 0; id < workers; id++) startWorker(id);
    void (async () => {
      try {
        let spent = 0;
        let checked = 0;
        let decided = workers <= 0 || setupMs === undefined;
        while (next < order.length) {
          const start = next;
          next = Math.min(order.length, next + BATCH);
          const t0 = performance.now();
          for (let k = start; k < next; k++) outcomes[order[k]!] = local(files[order[k]!]!);
          spent += performance.now() - t0;
          checked += next - start;
          if (!decided && spent >= SAMPLE_MS && checked >= SAMPLE_FILES) {
            decided = true;
            const remainingMs = (spent / checked) * (order.length - next);
            if (remainingMs > 2 * setupMs!) for (let id = 0; id < Math.min(workers, idleCores()); id++) startWorker(id);
          }
          await new Promise<void>((r) => setImmediate(r));
        }
      } finally {
        done();
      }
    })();
  });
}
