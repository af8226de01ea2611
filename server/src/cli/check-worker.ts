/**
 * Worker threads for `partition-lens check`: each worker loads the engine, builds the host indexes
 * of the run from the files the main thread lists (host indexes are opaque objects of the host
 * modules, so they are rebuilt rather than sent), receives the catalog once the main thread has
 * learnt it, then checks batches of files it asks for. On a large run with an idle core workers
 * start at once, so their setup overlaps the main thread's own reading and indexing; otherwise
 * they start only when a sample shows the remaining checking work well above that cost. The
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
import { releaseYoungGeneration } from './heap';

const ROLE = 'partition-lens-check-worker';

interface WorkerInit {
  readonly role: typeof ROLE;
  readonly id: number;
  readonly rootCount: number;
  /** Every file of the run in reading order (`--schema` files first); the worker indexes those its hosts want. */
  readonly files: readonly RunFile[];
}

/** The catalog the main thread learnt from every file (sent before the first batch). */
export interface WorkerCatalog {
  readonly tables: readonly PartitionedTable[];
  /** `--pg-version` as `server_version_num`, when given. */
  readonly serverVersionNum?: number;
}

type ToWorker = { readonly catalog: WorkerCatalog } | { readonly batch: readonly { readonly i: number; readonly file: RunFile }[] } | { readonly stop: true };
type FromWorker =
  | { readonly ready: true; readonly indexProblems: readonly NotAnalysed[] }
  | { readonly results: readonly { readonly i: number; readonly outcome: FileOutcome }[] }
  | { readonly failed: string };

/** Files handed to a worker at once: small enough to balance, large enough to amortise messages. */
const BATCH = 24;

/** Young-generation limit of a worker thread, in MB. */
const WORKER_YOUNG_MB = 8;

/** True in a thread started by `CheckPool` (the CLI bundle is its own worker script). */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === ROLE;
}

/** The worker side: set up, then answer batches until told to stop. */
export function runCheckWorker(): void {
  const init = workerData as WorkerInit;
  const port = parentPort!;
  const post = (m: FromWorker): void => port.postMessage(m);
  // Messages that arrive while the worker sets up wait here (the catalog comes before any batch).
  const queue: ToWorker[] = [];
  let indexes: RunIndexes | undefined;
  let catalog: CatalogSnapshot | undefined;
  let stopped = false;
  const drain = (): void => {
    while (indexes && !stopped && queue.length > 0) {
      const m = queue.shift()!;
      if ('stop' in m) {
        stopped = true;
        port.close();
      } else if ('catalog' in m) {
        catalog = new CatalogSnapshot(m.catalog.tables, undefined, m.catalog.serverVersionNum);
      } else {
        const ix = indexes;
        const cat = catalog!;
        const results = m.batch.map(({ i, file }) => {
          ix.remember(file);
          return { i, outcome: checkRunFile(file, cat, ix) };
        });
        post({ results });
      }
    }
  };
  port.on('message', (m: ToWorker) => {
    queue.push(m);
    drain();
  });
  void (async () => {
    try {
      await loadSqlParserBaseline();
      await loadEngine();
      const ix = new RunIndexes(init.rootCount);
      const problems: NotAnalysed[] = [];
      ix.indexAll(
        init.files.filter((f) => ix.wants(f.absolute)),
        problems,
      );
      indexes = ix;
      post({ ready: true, indexProblems: problems });
      drain();
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
export function idleCores(): number {
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

/** What `CheckPool.run` checks and how. */
export interface PoolRun {
  readonly files: readonly RunFile[];
  readonly catalog: WorkerCatalog;
  /** Checks one file in this thread. */
  readonly local: (file: RunFile) => FileOutcome;
  /**
   * Threads to start after a sample of files checked here, when the remaining work is over twice
   * `setupMs` (what this thread's own reading and indexing took), cores are idle and the process's
   * memory plus `threadMemory` per thread stays under `memoryBudget`; none when undefined.
   */
  readonly later?: { readonly workers: number; readonly setupMs: number; readonly threadMemory: number; readonly memoryBudget: number };
  /** Hears of each file given to a worker (the caller drops what it kept for checking it here). */
  readonly handedOut?: (file: RunFile) => void;
}

/**
 * The checking threads of one run. `start` starts threads at once (they read and index while
 * this thread does the same); `run` then checks the files in this thread and in every thread,
 * started before or during the run. Between batches this thread yields, so workers get their
 * next batch without waiting. `run` resolves when every file has an outcome or every thread has
 * ended; files left without an outcome are for the caller.
 */
export class CheckPool {
  private readonly threads: { worker: Worker; ready: boolean; held: { i: number; file: RunFile }[] }[] = [];
  private job: { run: PoolRun; order: number[]; outcomes: (FileOutcome | undefined)[] } | undefined;
  private next = 0;
  private running = 0;
  private indexProblems: readonly NotAnalysed[] = [];
  private finish: (() => void) | undefined;

  constructor(
    private readonly script: string,
    private readonly init: { readonly rootCount: number; readonly files: readonly RunFile[] },
  ) {}

  /** Threads started so far. */
  get started(): number {
    return this.threads.length;
  }

  /** Starts `n` threads now. */
  start(n: number): void {
    for (let k = 0; k < n; k++) this.startWorker();
  }

  private startWorker(): void {
    const id = this.threads.length;
    const data: WorkerInit = { role: ROLE, id, ...this.init };
    let worker: Worker;
    releaseYoungGeneration();
    try {
      // A small young generation: a checking thread's garbage is short-lived, and peak memory counts every thread.
      worker = new Worker(this.script, { workerData: data, stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    } catch {
      return;
    }
    const t = { worker, ready: false, held: [] as { i: number; file: RunFile }[] };
    this.threads.push(t);
    this.running++;
    if (this.job) worker.postMessage({ catalog: this.job.run.catalog } satisfies ToWorker);
    worker.on('message', (m: FromWorker) => {
      if ('ready' in m) {
        if (id === 0) this.indexProblems = m.indexProblems;
        t.ready = true;
        if (this.job) this.send(t);
      } else if ('results' in m) {
        for (const r of m.results) this.job!.outcomes[r.i] = r.outcome;
        this.send(t);
      } else {
        t.held = [];
        void worker.terminate();
      }
    });
    worker.on('error', (e) => {
      const reason = `internal error: the checking thread failed (${oneLine(e instanceof Error ? e.message : String(e))})`;
      for (const { i, file } of t.held) if (this.job) this.job.outcomes[i] = { diagnostics: [], notAnalysed: [{ file: file.display, reason }], checked: false, prefiltered: false };
      t.held = [];
    });
    worker.on('exit', () => this.done());
  }

  private done(): void {
    if (--this.running === 0) this.finish?.();
  }

  /** Gives a thread its next batch, or tells it to stop when none is left. */
  private send(t: { worker: Worker; held: { i: number; file: RunFile }[] }): void {
    const job = this.job!;
    if (this.next >= job.order.length) {
      t.held = [];
      t.worker.postMessage({ stop: true } satisfies ToWorker);
      return;
    }
    t.held = [];
    for (; this.next < job.order.length && t.held.length < BATCH; this.next++) t.held.push({ i: job.order[this.next]!, file: job.run.files[job.order[this.next]!]! });
    t.worker.postMessage({ batch: t.held } satisfies ToWorker);
    for (const h of t.held) job.run.handedOut?.(h.file);
  }

  /** Stops every thread (those still setting up included); outcomes already received stay. */
  close(): void {
    for (const t of this.threads) void t.worker.terminate();
  }

  run(run: PoolRun): Promise<PoolResult> {
    const { files, local, later } = run;
    const outcomes: (FileOutcome | undefined)[] = new Array<FileOutcome | undefined>(files.length);
    const order = spreadOrder(files.length);
    this.job = { run, order, outcomes };
    for (const t of this.threads) t.worker.postMessage({ catalog: run.catalog } satisfies ToWorker);
    // Threads that became ready while this thread was still indexing take their first batch now.
    for (const t of this.threads) if (t.ready) this.send(t);
    return new Promise((resolve) => {
      this.finish = () => resolve({ outcomes, indexProblems: this.indexProblems, started: this.threads.length });
      this.running++;
      void (async () => {
        try {
          let spent = 0;
          let checked = 0;
          let decided = !later || later.workers <= 0;
          while (this.next < order.length) {
            const start = this.next;
            this.next = Math.min(order.length, this.next + BATCH);
            const t0 = performance.now();
            for (let k = start; k < this.next; k++) outcomes[order[k]!] = local(files[order[k]!]!);
            spent += performance.now() - t0;
            checked += this.next - start;
            if (!decided && spent >= SAMPLE_MS && checked >= SAMPLE_FILES) {
              decided = true;
              const remainingMs = (spent / checked) * (order.length - this.next);
              const affordable = Math.floor((later!.memoryBudget - process.memoryUsage.rss()) / later!.threadMemory);
              if (remainingMs > 2 * later!.setupMs) this.start(Math.max(0, Math.min(later!.workers, idleCores(), affordable)));
            }
            await new Promise<void>((r) => setImmediate(r));
          }
          // Every file is taken: threads still setting up have nothing left to do.
          for (const t of this.threads) if (!t.ready) void t.worker.terminate();
        } finally {
          this.done();
        }
      })();
    });
  }
}
