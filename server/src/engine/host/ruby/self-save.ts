/**
 * `save` of `self` in a model's instance method (`def toggle_status; self.status = …; save; end`):
 * an UPDATE by primary key when the method runs on persisted records, an INSERT on new ones.
 * Which it is shows at the callers: the receivers of `.toggle_status` in the workspace, typed
 * where they are written (`@conversation.toggle_status` with `@conversation = …leads.find(…)`).
 * A write of `self` when some caller passes a persisted record of the model and none a new one.
 */
import type { RubyIndex } from './workspace';
import { esc, memoUntilChange } from './serial-memo';
import { recordIn } from './current-attributes';
import { enclosingMethod } from './caller-params';

/** Whether the model's instance method runs on persisted records (`'1'`) or not (`''`); the `x:v|` dependency value. */
export const savesPersisted = memoUntilChange((model: string, method: string) => `${model}|${method}`, scan, '');

function scan(idx: RubyIndex, model: string, method: string): string {
  const call = new RegExp(`(?<![\\w.:])(@?[a-z_]\\w*)&?\\.${esc(method)}(?![\\w?!=])`, 'g');
  // A bare call in another instance method of the model (a wrapper `def mark_read = mark_read_uncached`)
  // runs on that method's receiver: persisted when that method's callers hand it persisted records.
  const bare = new RegExp(`(?<![\\w.:@$])${esc(method)}(?![\\w?!=:])`, 'g');
  let persisted = false;
  for (const [file, text] of idx.textsMentioning(method)) {
    for (const m of text.matchAll(bare)) {
      if (/\bdef\s+(?:self\.)?$/.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      const outer = enclosingMethod(idx, file, m.index);
      if (outer && !outer.singleton && outer.name !== method && outer.owner === model && savesPersisted(idx, model, outer.name) === '1') persisted = true;
    }
    for (const m of text.matchAll(call)) {
      if (m[1] === 'self') continue;
      // A receiver built in the same file (`ticket = Ticket.new(…)`, `account.leads.build`) is a new record.
      if (new RegExp(`^[ \\t]*${esc(m[1]!)}[ \\t]*(?:\\|\\|)?=[^=\\n][^\\n]*\\.(?:new|build)\\b`, 'm').test(text)) return '';
      const t = recordIn(idx, text, m[1]!);
      if (t === `${model}+`) return '';
      if (t === model) persisted = true;
    }
  }
  return persisted ? '1' : '';
}
