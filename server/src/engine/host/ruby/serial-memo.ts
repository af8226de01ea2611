/**
 * Answers of textual scans over the folder index (callers of a method, users of a serializer,
 * what an attribute holds), kept until the index's next change: each scan reads every file that
 * mentions a name, so a check asks it once per key, not once per use.
 */
import type { RubyIndex } from './workspace';

/**
 * A memo of string answers per index and `keyOf(args)`. `cycle` is what a question being answered
 * answers when its own computation asks it again (a `delegate` cycle reads as unknown).
 */
export function memoUntilChange<A extends readonly unknown[]>(keyOf: (...args: A) => string, compute: (idx: RubyIndex, ...args: A) => string, cycle?: string): (idx: RubyIndex, ...args: A) => string {
  const memos = new WeakMap<RubyIndex, { serial: number; answers: Map<string, string> }>();
  return (idx, ...args) => {
    let memo = memos.get(idx);
    if (memo?.serial !== idx.changeSerial) memos.set(idx, (memo = { serial: idx.changeSerial, answers: new Map() }));
    const key = keyOf(...args);
    let out = memo.answers.get(key);
    if (out === undefined) {
      if (cycle !== undefined) memo.answers.set(key, cycle);
      memo.answers.set(key, (out = compute(idx, ...args)));
    }
    return out;
  };
}

/** A name as a literal part of a regular expression (the scans build their patterns from names). */
export const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
