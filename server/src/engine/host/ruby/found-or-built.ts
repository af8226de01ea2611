/**
 * Records `find_or_initialize_by` (and the other found-or-built finders) return: the row the
 * relation finds when there is one, else a new record. On the path where the row exists the record
 * is persisted, so its writes go by the primary key (`UPDATE "leads" SET … WHERE "leads"."id" = $1`)
 * like a finder's record. `save` of such a record sends an UPDATE only when something changed: the
 * method assigns an attribute before it (`reading.status = …; reading.save`); a bare `save` that
 * only makes sure the row exists sends nothing on the found path. A method that asks whether the
 * record is new (`new_record?`, `persisted?`) separates the paths itself: its writes are left alone.
 */
import type { ModelInfo } from './models';
import { child, type RNode } from './syntax';
import { assignedBefore } from './ar-writes';
import { esc } from './serial-memo';
import type { EvalContext, Val } from './ar-values';

/** Finders that return the found row or a record they built (non-bang creates may return an unsaved one). */
const FOUND_OR_BUILT = /^(?:find_or_initialize_by|first_or_initialize|find_or_create_by|first_or_create|create_or_find_by)$/;

const records = new WeakSet<Val>();

/** The record a found-or-built finder returns, or undefined when the finder is not one. */
export function foundOrBuiltRecord(name: string, model: ModelInfo): Val | undefined {
  if (!FOUND_OR_BUILT.test(name)) return undefined;
  const v: Val = { k: 'rec', model, persisted: true };
  records.add(v);
  return v;
}

/**
 * Whether a write on a found-or-built record sends nothing by primary key that we can show: a
 * `save` with no attribute assigned before it, or any write in a method that tests whether the
 * record is new.
 */
export function silentFoundOrBuiltWrite(ctx: EvalContext, state: Val, call: RNode, name: string): boolean {
  if (!records.has(state)) return false;
  const recv = child(call, 'receiver');
  const text = recv ? ctx.src.slice(recv.start, recv.end) : '';
  // (A receiver that is no plain name cannot be followed through the method's text: stay silent.)
  if (!/^@?[a-z_]\w*$/.test(text)) return true;
  const body = methodTextAround(ctx.src, call.start);
  if (new RegExp(`(?<![\\w@])${esc(text)}&?\\.(?:new_record\\?|persisted\\?|previously_new_record\\?)`).test(body)) return true;
  if (name !== 'save' && name !== 'save!') return false;
  if (assignedBefore(ctx, call).size) return false;
  // `reading.assign_attributes(…)` / `reading.attributes = …` change the record too.
  return !new RegExp(`(?<![\\w@])${esc(text)}\\.(?:assign_attributes|attributes[ \\t]*=(?!=))`).test(body.slice(0, call.start - methodStart(ctx.src, call.start)));
}

/** Where the `def` line enclosing `at` starts (0 when none). */
function methodStart(src: string, at: number): number {
  const before = src.slice(0, at);
  const m = [...before.matchAll(/^[ \t]*def\s/gm)].at(-1);
  return m ? m.index : 0;
}

/** The text of the method enclosing `at`: from its `def` line to the next `def` line (or the end). */
function methodTextAround(src: string, at: number): string {
  const start = methodStart(src, at);
  const next = /^[ \t]*def\s/m.exec(src.slice(at));
  return src.slice(start, next ? at + next.index : src.length);
}
