/**
 * The hand-written scanners and cheap pre-tests that replaced regular expressions on the scan's
 * hot paths (issue 10 §5) answer exactly as the expressions they replaced: the Ruby word scanner
 * (`ruby/words.ts`) finds the words `matchAll(WORD)` finds, in the same order and with the same
 * counts, the Python call scanner (`python/called-scan.ts`) counts the calls `/([A-Za-z_]\w*)\s*\(/g`
 * finds, and TypeScript's `Dynamic` keeps its message, its `missing` and its class without a stack.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { WORD } from '../server/src/engine/host/ruby/file-digest';
import { countWords, hasWordIn } from '../server/src/engine/host/ruby/words';
import { countCalledNames } from '../server/src/engine/host/python/called-scan';
import { Dynamic } from '../server/src/engine/host/typescript/sqlgen';

function regexCounts(text: string): [string, number][] {
  const m = new Map<string, number>();
  for (const w of text.matchAll(WORD)) m.set(w[0], (m.get(w[0]) ?? 0) + 1);
  return [...m];
}

const TEXTS = [
  '',
  'x',
  'def valid?; save! && self.update(a: 1) end',
  '9ab 12_x _ __a1 a1b2?! ?!a !b c?d',
  'Lead.where(created_at: 1.day.ago).find_each { |l| l.touch }',
  "caf\u00e9 na\u00efve \u{1F600}emoji_ok \u00fcber_x",
  '@ivar @@cvar $glob :sym "str#{interp}" <<~SQL\n  SELECT 1\nSQL\n',
  'end_with_bang! trailing?',
];

describe('Ruby word scanner', () => {
  test('counts the words matchAll(WORD) finds, in the same order', () => {
    for (const t of TEXTS) assert.deepEqual([...countWords(t)], regexCounts(t), JSON.stringify(t));
  });

  test('random texts over a tricky alphabet agree with the regular expression', () => {
    const alphabet = 'aZ_09?!. :\n\u00e9@';
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 500; k++) {
      let t = '';
      for (let i = next() % 40; i > 0; i--) t += alphabet[next() % alphabet.length];
      assert.deepEqual([...countWords(t)], regexCounts(t), JSON.stringify(t));
    }
  });

  test('hasWordIn answers whether a word of the text is a name (a part of a word is not)', () => {
    assert.equal(hasWordIn('Lead.where(x)', new Set(['where'])), true);
    assert.equal(hasWordIn('valid? ok', new Set(['valid?'])), true);
    assert.equal(hasWordIn('valid? ok', new Set(['valid'])), false);
    assert.equal(hasWordIn('leads_archive', new Set(['leads'])), false);
    assert.equal(hasWordIn('9leads', new Set(['leads'])), true);
    assert.equal(hasWordIn('', new Set(['x'])), false);
  });
});

describe('TypeScript Dynamic', () => {
  test('keeps message, missing and class, and records no stack frames', () => {
    const e = new Dynamic('built elsewhere', 'unseen');
    assert.ok(e instanceof Dynamic && e instanceof Error);
    assert.equal(e.message, 'built elsewhere');
    assert.equal(e.missing, 'unseen');
    assert.equal(new Dynamic('x').missing, undefined);
    assert.equal(e.stack?.split('\n').length, 1);
    // Other errors still record their frames.
    assert.ok((new Error('y').stack?.split('\n').length ?? 0) > 1);
  });
});

describe('Python call scanner', () => {
  const CALLED = /([A-Za-z_]\w*)\s*\(/g;
  const regexCalls = (text: string): [string, number][] => {
    const m = new Map<string, number>();
    for (const x of text.matchAll(CALLED)) m.set(x[1]!, (m.get(x[1]!) ?? 0) + 1);
    return [...m];
  };

  test('counts the calls the regular expression finds, in the same order', () => {
    const texts = [
      'def f(x):\n    return g(x) + h (1) + obj.m(2)',
      'print("a(b)") 9x(1) x9 (2) __init__(\n)',
      'f\u00a0(1) g\u2028(2) h\ufeff(3) k\u0085(4) caf\u00e9(5)',
      'a b c(d e(f g h',
      'tail_name',
    ];
    for (const t of texts) assert.deepEqual([...countCalledNames(t)], regexCalls(t), JSON.stringify(t));
  });

  test('random texts over a tricky alphabet agree with the regular expression', () => {
    const alphabet = 'aZ_09( \t\n.\u00a0\u00e9\u3000)';
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 800; k++) {
      let t = '';
      for (let i = next() % 40; i > 0; i--) t += alphabet[next() % alphabet.length];
      assert.deepEqual([...countCalledNames(t)], regexCalls(t), JSON.stringify(t));
    }
  });
});
