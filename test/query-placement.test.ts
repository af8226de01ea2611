// Where a helper's statement is reported, from its visible callers' verdicts (query/placement.ts, the one policy
// of every host): all alike, one caller included → inside the helper, with that verdict; different → at the
// callers whose verdict scans; no caller seen, or one that cannot be judged → nothing decided from the callers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeByCallers, reportedInside, scans } from '../server/src/engine/query/placement';

const SCANS = 'partition-key-missing';

void test('several callers whose verdicts agree: the statement is the helper\'s, reported inside when it scans', () => {
  const p = placeByCallers([SCANS, SCANS, SCANS]);
  assert.deepEqual(p, { at: 'inside', verdict: SCANS });
  assert.equal(reportedInside(p), true);
});

void test('precision: callers that agree the statement prunes place it inside with nothing to report', () => {
  const p = placeByCallers(['', '']);
  assert.deepEqual(p, { at: 'inside', verdict: '' });
  assert.equal(reportedInside(p), false);
});

void test('callers whose verdicts differ: reported at each caller that scans, never inside', () => {
  const p = placeByCallers(['', SCANS, 'partition-key-missing,partition-key-not-prunable', '']);
  assert.deepEqual(p, { at: 'callers', scanning: [1, 2] });
  assert.equal(reportedInside(p), false);
});

void test('two callers that both scan for different reasons differ: each is reported at its call', () => {
  assert.deepEqual(placeByCallers([SCANS, 'partition-key-not-prunable']), { at: 'callers', scanning: [0, 1] });
});

void test('one visible caller: the statement runs inside for every caller there is, so it is reported inside', () => {
  assert.deepEqual(placeByCallers([SCANS]), { at: 'inside', verdict: SCANS });
  assert.deepEqual(placeByCallers(['']), { at: 'inside', verdict: '' });
});

void test('precision: no visible caller decides nothing (an unseen caller may pass anything)', () => {
  assert.deepEqual(placeByCallers([]), { at: 'unseen' });
  assert.equal(reportedInside(placeByCallers([])), false);
});

void test('precision: a caller that cannot be judged decides nothing, even when the others agree', () => {
  assert.deepEqual(placeByCallers([SCANS, undefined, SCANS]), { at: 'unseen' });
  assert.deepEqual(placeByCallers([undefined]), { at: 'unseen' });
  assert.deepEqual(placeByCallers(['', SCANS, undefined]), { at: 'unseen' });
});

void test('the callers\' order does not change the placement', () => {
  assert.deepEqual(placeByCallers([SCANS, '']), { at: 'callers', scanning: [0] });
  assert.deepEqual(placeByCallers(['', SCANS]), { at: 'callers', scanning: [1] });
  assert.equal(scans(''), false);
  assert.equal(scans(SCANS), true);
});
