/**
 * Default checking threads start only while the run's projected peak memory fits the budget:
 * every thread holds its own indexes, so on a large application a second thread costs as much
 * memory as the first. `--jobs N` is not bound by it (cli-robust checks 1 vs 2 threads agree).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { affordableEarlyThreads, THREAD_BASE_MEMORY, THREAD_MEMORY_BUDGET } from '../server/src/cli/check';

test('a 10,000-file run starts no default thread before reading; a 1,000-file run may', () => {
  assert.equal(affordableEarlyThreads(10_000), 0);
  assert.ok(affordableEarlyThreads(1_000) >= 1);
  // More files never allow more threads.
  let prev = Number.POSITIVE_INFINITY;
  for (let n = 0; n <= 20_000; n += 500) {
    const k = affordableEarlyThreads(n);
    assert.ok(k <= prev, `${n} files`);
    prev = k;
  }
  // Each thread projected is at least its base cost.
  assert.ok(affordableEarlyThreads(0) * THREAD_BASE_MEMORY <= THREAD_MEMORY_BUDGET);
});
