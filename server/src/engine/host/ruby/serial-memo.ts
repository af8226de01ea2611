/**
 * Answers of textual scans over the folder index (callers of a method, users of a serializer,
 * what an attribute holds), kept until the index's next change: each scan reads every file that
 * mentions a name, so a check asks it once per key, not once per use.
 */
import { memoPerGeneration } from '../generation-memo';
import type { RubyIndex } from './workspace';

/**
 * A memo of string answers per index and `keyOf(args)`. `cycle` is what a question being answered
 * answers when its own computation asks it again (a `delegate` cycle reads as unknown).
 */
export function memoUntilChange<A extends readonly unknown[]>(keyOf: (...args: A) => string, compute: (idx: RubyIndex, ...args: A) => string, cycle?: string): (idx: RubyIndex, ...args: A) => string {
  const memo = memoPerGeneration<RubyIndex, string, string>();
  return (idx, ...args) => {
    const answers = memo.answers(idx, idx.changeSerial);
    const key = keyOf(...args);
    let out = answers.get(key);
    if (out === undefined) {
      if (cycle !== undefined) answers.set(key, cycle);
      answers.set(key, (out = compute(idx, ...args)));
    }
    return out;
  };
}

/** A name as a literal part of a regular expression (the scans build their patterns from names). */
export const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
