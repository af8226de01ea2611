/**
 * Memory settings of a `check` run's main thread. A scan keeps its indexes alive (tens of MB on
 * a large application) and allocates a lot of short-lived data (syntax-tree copies, query
 * models); two V8 defaults made most of its peak memory garbage:
 *  - the old generation may grow to about four times what survived the last full collection
 *    before it is collected again (`--heap-growing-percent` bounds that growth);
 *  - the young generation grows to two 16 MB semi-spaces, although a file's garbage dies young in
 *    much less (a 10,000-file Rails scan: 30 MB more peak memory than with 4 MB, CPU within noise).
 * The semi-space limit itself is fixed when the thread starts, but V8 reads its growth factor at
 * each growth: once the young generation has reached the cap, growth is switched off. It is
 * asked from the start of a run, the walk of the PATHs included: listing a 10,000-file tree had
 * grown it to 8 MB semi-spaces before the first file was read, past the cap (peak RSS of the
 * generated 10,000-file apps 7–11 MiB higher, CPU time the same within noise). V8 flags are
 * process-wide, so growth is switched on again before a worker thread starts (workers bound
 * their own young generation with `resourceLimits`).
 */
import v8 from 'node:v8';

/**
 * Old-generation growth after a full collection, in percent of what survived it (the 10,000-file
 * Rails scan: 100 -> 50 -> 30 % took peak RSS 224 -> 208 -> 199 MB for one more full collection).
 */
const HEAP_GROWING_PERCENT = 30;

/** Semi-space size of the main thread's young generation at which its growth stops, in MB. */
const SEMI_SPACE_CAP_MB = 4;

/** V8's default semi-space growth factor. */
const DEFAULT_GROWTH_FACTOR = 2;

function setFlag(flag: string): void {
  try {
    v8.setFlagsFromString(flag);
  } catch {
    // Only memory is at stake; a V8 that does not know a flag ignores it.
  }
}

let armed = false;
let capped = false;
let released = false;

/**
 * Bounds the old generation's growth (read at each full collection, so setting it now takes
 * effect) and arms `capYoungGeneration`: a `check` run calls this first.
 */
export function boundHeapGrowth(): void {
  setFlag(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  armed = true;
}

/**
 * Stops the young generation's growth once it has reached the cap (cheap: call it every few
 * files). Does nothing before `boundHeapGrowth` (other commands, tests) or after
 * `releaseYoungGeneration`.
 */
export function capYoungGeneration(): void {
  if (!armed || capped || released) return;
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  // `space_size` counts both semi-spaces.
  if (!young || young.space_size < 2 * SEMI_SPACE_CAP_MB * 1024 * 1024) return;
  setFlag('--semi-space-growth-factor=1');
  capped = true;
}

/** Lets young generations grow again (before a worker thread starts: the flag is process-wide). */
export function releaseYoungGeneration(): void {
  released = true;
  if (!capped) return;
  setFlag(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
  capped = false;
}
