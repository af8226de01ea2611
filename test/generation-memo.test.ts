/**
 * The per-generation memo the hosts share (`host/generation-memo.ts`): an answer is computed once
 * while the generation stands still, asked again once it moves, kept apart per owner (two indexes
 * never see each other's answers), and an owner nobody holds any more is freed with its answers.
 */
import assert from 'node:assert/strict';
import { setImmediate as tick } from 'node:timers/promises';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, test } from 'node:test';
import { memoPerGeneration } from '../server/src/engine/host/generation-memo';

interface Index {
  generation: number;
}

/** A memo whose answers count how often they were computed. */
function counted(): { memo: ReturnType<typeof memoPerGeneration<Index, string, { n: number } | undefined>>; runs: () => number; ask: (idx: Index, key: string) => { n: number } | undefined } {
  const memo = memoPerGeneration<Index, string, { n: number } | undefined>();
  let n = 0;
  const ask = (idx: Index, key: string): { n: number } | undefined => memo.get(idx, idx.generation, key, () => (key === 'none' ? (n++, undefined) : { n: ++n }));
  return { memo, runs: () => n, ask };
}

describe('memoPerGeneration', () => {
  test('keeps an answer within one generation, the same object each time', () => {
    const { ask, runs } = counted();
    const idx = { generation: 3 };
    const first = ask(idx, 'a');
    assert.equal(ask(idx, 'a'), first);
    assert.equal(runs(), 1);
    assert.notEqual(ask(idx, 'b'), first, 'another key is its own answer');
    assert.equal(runs(), 2);
  });

  test('keeps an undefined answer too (a scan that found nothing is not repeated)', () => {
    const { ask, runs } = counted();
    const idx = { generation: 0 };
    assert.equal(ask(idx, 'none'), undefined);
    assert.equal(ask(idx, 'none'), undefined);
    assert.equal(runs(), 1);
  });

  test('asks again once the generation moves, and forgets the old answers', () => {
    const { ask, runs, memo } = counted();
    const idx = { generation: 1 };
    const before = ask(idx, 'a');
    ask(idx, 'b');
    idx.generation++;
    const after = ask(idx, 'a');
    assert.notEqual(after, before);
    assert.deepEqual([...memo.answers(idx, idx.generation).keys()], ['a'], 'only what was asked since the move');
    assert.equal(runs(), 3);
    // A generation that moves back (an index rebuilt from scratch) is a move too.
    idx.generation = 0;
    assert.equal(memo.answers(idx, idx.generation).size, 0);
  });

  test('keeps answers apart per owner, even at the same generation', () => {
    const { ask, memo } = counted();
    const one = { generation: 5 };
    const two = { generation: 5 };
    const a1 = ask(one, 'a');
    const a2 = ask(two, 'a');
    assert.notEqual(a1, a2);
    assert.equal(ask(one, 'a'), a1, 'asking for the second owner kept the first one’s answers');
    memo.answers(two, 5).set('only-two', { n: 0 });
    assert.equal(memo.answers(one, 5).has('only-two'), false);
  });

  test('answers maps are typed and writable (a store for answers built in steps)', () => {
    const memo = memoPerGeneration<Index, string, Map<string, string>>();
    const idx = { generation: 2 };
    memo.answers(idx, 2).set('Cls|@x|run', new Map([['m:Cls', 'v1']]));
    assert.equal(memo.answers(idx, 2).get('Cls|@x|run')?.get('m:Cls'), 'v1');
  });

  test('holds no owner alive: a dropped index is freed with its answers', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const memo = memoPerGeneration<Index, string, string>();
    let freed = false;
    const registry = new FinalizationRegistry(() => (freed = true));
    (() => {
      const idx = { generation: 1 };
      memo.get(idx, 1, 'k', () => 'v');
      registry.register(idx, 'idx');
    })();
    for (let i = 0; i < 20 && !freed; i++) {
      gc();
      await tick();
    }
    assert.equal(freed, true);
  });
});
