/**
 * Worker threads for `partition-lens check`: each worker loads the engine, builds the host indexes
 * of the run from the files the main thread lists (host indexes are opaque objects of the host
 * modules, so they are rebuilt rather than sent), then checks batches of files it asks for. The
 * main thread puts results back in file order, so output does not depend on scheduling. A worker
 * that dies only costs the batch it held (reported as not analysed); files nobody took are checked
 * in the main thread.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CatalogSnapshot, type PartitionedTable } from '../engine/catalog/model';
import { loadEngine } from '../engine/index';
import { checkRunFile, oneLine, RunIndexes, type FileOutcome, type RunFile } from './check-run';
import type { NotAnalysed } from './files';

const ROLE = 'partition-lens-check-worker';

interface WorkerInit {
  readonly role: typeof ROLE;
  readonly id: number;
  readonly tables: readonly PartitionedTable[];
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
      await loadEngine();
      const catalog = new CatalogSnapshot(init.tables);
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
}

/**
 * Checks `files` with `workers` threads running `script` (the CLI bundle) and, with `local`, this
 * thread too (between batches it yields, so workers get their next batch without waiting): one
 * engine fewer in memory than a worker per core. Resolves when every file has an outcome or every
 * thread has ended; files left without an outcome are for the caller.
 */
export function checkInWorkers(
  script: string,
  files: readonly RunFile[],
  init: { tables: readonly PartitionedTable[]; rootCount: number; indexFiles: readonly RunFile[] },
  workers: number,
  local?: (file: RunFile) => FileOutcome,
): Promise<PoolResult> {
  const outcomes: (FileOutcome | undefined)[] = new Array<FileOutcome | undefined>(files.length);
  let indexProblems: readonly NotAnalysed[] = [];
  let next = 0;
  let running = 0;
  return new Promise((resolve) => {
    const done = (): void => {
      if (--running === 0) resolve({ outcomes, indexProblems });
    };
    if (local) {
      running++;
      void (async () => {
        try {
          while (next < files.length) {
            const start = next;
            next = Math.min(files.length, next + BATCH);
            for (let i = start; i < next; i++) outcomes[i] = local(files[i]!);
            await new Promise<void>((r) => setImmediate(r));
          }
        } finally {
          done();
        }
      })();
    }
    for (let id = 0; id < workers; id++) {
      const data: WorkerInit = { role: ROLE, id, ...init };
      let worker: Worker;
      try {
        worker = new Worker(script, { workerData: data, stdout: false, stderr: false });
      } catch {
        continue;
      }
      running++;
      /** The batch this worker holds: lost (not analysed) if it dies. */
      let held: { i: number; file: RunFile }[] = [];
      const send = (): void => {
        if (next >= files.length) {
          held = [];
          worker.postMessage({ stop: true } satisfies ToWorker);
          return;
        }
        held = [];
        for (; next < files.length && held.length < BATCH; next++) held.push({ i: next, file: files[next]! });
        worker.postMessage({ batch: held } satisfies ToWorker);
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
    }
    if (running === 0) resolve({ outcomes, indexProblems });
  });
}
