/**
 * Ruby's `recv.(args)` is `recv.call(args)`: command objects (Mandate's `include Mandate`, the
 * `def self.call(...) = new(...).call` of service bases) are run as `Klass.(args)`, which names no
 * `call`. A class's public `call` is then called, though the word never occurs at its callers.
 */
import type { RubyIndex } from './workspace';
import { esc, memoUntilChange } from './serial-memo';

/** `'1'` when some file runs the class with the `.()` shorthand (`Solution::Search.(user)`). */
export const calledByShorthand = memoUntilChange((cls: string) => cls, (idx: RubyIndex, cls: string): string => {
  const short = cls.split('::').pop()!;
  const shorthand = new RegExp(`(?<![\\w@$])${esc(short)}\\s*\\.\\s*\\(`);
  return idx.textsMentioning(short).some(([, text]) => shorthand.test(text)) ? '1' : '';
});
