/**
 * A model's class method whose body runs a query (`def self.active_count; active.count; end`,
 * `Rails.cache.fetch(k) { pending.count }`) runs where it is written: the query is reported at
 * the statement that runs it, not at the callers that only call the method.
 *
 * Called on the model itself (`Lead.active_count`), the method's implicit receiver is the model's
 * default relation, so what runs inside is the method's own query. Called on a relation
 * (`scope.bulk_update!`) it runs scoped to that relation, which only the caller knows. So a
 * method of the model itself that takes no arguments is judged inside, on the model's relation,
 * when its callers are seen and every one of them calls it on the model constant; otherwise it
 * stays judged at the callers (or not at all).
 * Callers are found textually, like the other caller scans of the index (`self-save.ts`).
 */
import type { RubyIndex } from './workspace';
import { esc, memoUntilChange } from './serial-memo';
import { newRelAt } from './ar';
import type { EvalContext, Rel } from './ar-values';
import type { ModelInfo } from './models';
import { child, namedChildren, textOf, type RNode } from './syntax';

/** `'1'` when a model's class method is called only, and at least once, on the model constant. */
export const calledOnModelOnly = memoUntilChange((model: string, method: string) => `${model}|${method}`, scan);

function scan(idx: RubyIndex, model: string, method: string): string {
  const short = model.split('::').pop()!;
  const name = esc(method);
  // Every mention of the name that may call it: after a `.`/`&.`, or as a bare word (not a
  // symbol, an instance variable, a definition or part of a longer name).
  const mention = new RegExp(`(?:(&?\\.)|(?<![\\w@$:.]))${name}(?![\\w?!=]|:[^:]|\\s*=[^=~>])`, 'g');
  let onModel = false;
  for (const [, text] of idx.textsMentioning(method.replace(/[?!=]$/, ''))) {
    for (const m of text.matchAll(mention)) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const before = text.slice(lineStart, m.index);
      // Comments and definitions (`def self.x`, `def x`) do not call it.
      if (/(^|\s)#(?!\{)/.test(before) || /\bdef\s+(?:self\.)?$/.test(before) || /\bdef\s+self\s*$/.test(before)) continue;
      if (inString(before)) continue;
      if (!m[1]) return '';
      const recv = /((?:::)?[A-Z]\w*(?:::[A-Z]\w*)*)$/.exec(before)?.[1]?.replace(/^::/, '');
      if (!recv) return '';
      // Another class's method of the same name (`Campaign.active_count`) is not a call of this one.
      if (recv === model || recv === short || model.endsWith(`::${recv}`)) onModel = true;
      else if (!otherClass(idx, recv, model)) return '';
    }
  }
  return onModel ? '1' : '';
}

/** Whether a constant names a class other than the model and its subclasses (STI: `Lead::Hot.x` runs on the subclass's relation). */
function otherClass(idx: RubyIndex, recv: string, model: string): boolean {
  const other = idx.models.model(recv);
  if (!other) return /^[A-Z]/.test(recv) && !idx.models.declared(recv);
  for (let cur: string | undefined = other.name, i = 0; cur && i < 6; cur = idx.superclassOf(cur), i++) if (cur === model) return false;
  return true;
}

/** Whether the text before a match on its line leaves it inside a string literal (an odd count of quotes). */
function inString(before: string): boolean {
  // Code interpolated into a string (`"#{Lead.active_count} running"`) is code.
  const open = before.lastIndexOf('#{');
  if (open >= 0 && before.indexOf('}', open) < 0) return false;
  const plain = before.replace(/\\./g, '').replace(/#\{[^}]*\}/g, '');
  return (plain.split('"').length - 1) % 2 === 1 || (plain.split("'").length - 1) % 2 === 1;
}

/**
 * The implicit receiver of a model's class method evaluated for itself: the model's relation
 * (`Lead.all`, default scope included), when every caller calls it on the model; else undefined.
 */
export function ownImplicit(ctx: EvalContext, model: ModelInfo, method: string, at: { start: number; end: number }): Rel | undefined {
  if (!ctx.code || !ownRuns(ctx, model, method)) return undefined;
  const v = newRelAt(ctx, model, at, at.end);
  return v.k === 'rel' && v.cands.length === 1 ? v.cands[0] : undefined;
}

/** Whether a model's class method's runs are its own (judged inside it); records the dependency. */
export function ownRuns(ctx: EvalContext, model: ModelInfo, method: string): boolean {
  if (!ctx.code) return false;
  const key = `b|${model.name}|${method}`;
  const t = calledOnModelOnly(ctx.code, model.name, method);
  ctx.deps?.set(`x:${key}`, t);
  return t === '1';
}

/** A model's class method unit evaluated for itself: its implicit receiver when its runs are its own. */
export function modelClassMethod(ctx: EvalContext, idx: RubyIndex, unit: { readonly singleton?: boolean }, def: RNode, owner: string | undefined, plain: string | undefined): { implicit?: Rel } {
  if (!owner || plain === owner || !(def.type === 'singleton_method' || unit.singleton) || !idx.models.declared(owner)) return {};
  const model = idx.models.model(owner);
  const nameNode = child(def, 'name');
  // A method with parameters runs what its callers pass: judged at them.
  const params = child(def, 'parameters');
  if (!model || !nameNode || (params && namedChildren(params).length)) return {};
  const implicit = ownImplicit(ctx, model, textOf(ctx.src, nameNode), { start: nameNode.start, end: nameNode.end });
  return implicit ? { implicit } : {};
}

/** Whether a unit's owner is a model the pre-filter's test names (its class methods run on its relation without naming it). */
export function partitionedModel(idx: RubyIndex, nesting: readonly string[], test: (text: string) => boolean): boolean {
  const owner = nesting[nesting.length - 1];
  return !!owner && idx.models.declared(owner) && test(owner.split('::').pop()!);
}
