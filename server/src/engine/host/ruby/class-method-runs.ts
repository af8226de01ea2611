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
 * stays judged at the callers (or not at all). That is the shared placement (query/placement.ts)
 * with the receiver as each caller's verdict: callers on the model constant all run the same
 * relation, so they agree; a caller on a relation cannot be judged here, which decides nothing.
 * Callers are found textually, like the other caller scans of the index (`self-save.ts`).
 */
import type { RubyIndex } from './workspace';
import { esc, memoUntilChange } from './serial-memo';
import { newRelAt } from './ar';
import type { EvalContext, Rel } from './ar-values';
import type { ModelInfo } from './models';
import type { MethodDecl } from './file-entry';
import { child, namedChildren, textOf, type RNode } from './syntax';
import { placeByCallers, type CallerVerdict } from '../../query/placement';

/** `'1'` when a model's class method is placed inside (called only, and at least once, on the model constant). */
export const calledOnModelOnly = memoUntilChange((model: string, method: string) => `${model}|${method}`, scan, '');

function scan(idx: RubyIndex, model: string, method: string): string {
  const short = model.split('::').pop()!;
  const name = esc(method);
  // Every mention of the name that may call it: after a `.`/`&.`, or as a bare word (not a
  // symbol, an instance variable, a definition or part of a longer name).
  const mention = new RegExp(`(?:(&?\\.)|(?<![\\w@$:.]))${name}(?![\\w?!=]|:[^:]|\\s*=[^=~>])`, 'g');
  // The same relation runs for every caller on the model: one verdict for all of them.
  const ON_MODEL = 'model';
  const verdicts: CallerVerdict[] = [];
  const placed = (): string => (placeByCallers(verdicts).at === 'inside' ? '1' : '');
  const unjudged = (): string => {
    verdicts.push(undefined);
    return placed();
  };
  for (const [file, text] of idx.textsMentioning(method.replace(/[?!=]$/, ''))) {
    for (const m of text.matchAll(mention)) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const before = text.slice(lineStart, m.index);
      // Comments and definitions (`def self.x`, `def x`) do not call it.
      if (/(^|\s)#(?!\{)/.test(before) || /\bdef\s+(?:self\.)?$/.test(before) || /\bdef\s+self\s*$/.test(before)) continue;
      if (inString(before)) continue;
      // A bare call runs on whatever `self` is there: in another class method of the model it is the
      // model, scoped as that method's own callers call it (a wrapper `def self.x = x_uncached`); elsewhere
      // that caller cannot be judged, which decides nothing.
      if (!m[1]) {
        const outer = enclosingClassMethod(idx, file, m.index, model);
        if (outer === undefined || outer === method || calledOnModelOnly(idx, model, outer) !== '1') return unjudged();
        verdicts.push(ON_MODEL);
        continue;
      }
      // A class named at run time (`type.constantize.bulk_check`): a class, not a relation, so the
      // method runs on that class's own relation (this model's when it is this model or a subclass).
      if (/\.(?:safe_)?constantize$/.test(before)) {
        verdicts.push(ON_MODEL);
        continue;
      }
      const recv = /((?:::)?[A-Z]\w*(?:::[A-Z]\w*)*)$/.exec(before)?.[1]?.replace(/^::/, '');
      if (!recv) return unjudged();
      // Another class's method of the same name (`Campaign.active_count`) is not a call of this one.
      if (recv === model || recv === short || model.endsWith(`::${recv}`)) verdicts.push(ON_MODEL);
      else if (!otherClass(idx, recv, model)) return unjudged();
    }
  }
  return placed();
}

/** The name of the model's own class method whose body holds `offset` of a file, if any. */
function enclosingClassMethod(idx: RubyIndex, file: string, offset: number, model: string): string | undefined {
  const m = idx.methodsOf(file).find((d) => d.base <= offset && offset < d.base + d.text.length);
  return m?.singleton && m.owner === model && !m.fromConcern ? m.name : undefined;
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
export function modelClassMethod(ctx: EvalContext, idx: RubyIndex, unit: { readonly singleton?: boolean }, def: RNode, owner: string | undefined, plain: string | undefined): { implicit?: Rel; writesOnly?: boolean } {
  if (!owner || plain === owner || !(def.type === 'singleton_method' || unit.singleton) || !idx.models.declared(owner)) return {};
  const model = idx.models.model(owner);
  const nameNode = child(def, 'name');
  if (!model || !nameNode) return {};
  const at = { start: nameNode.start, end: nameNode.end };
  // A method with parameters runs what its callers pass: judged at them (unless no query reads them).
  const implicit = inertParams(ctx.src, def) ? ownImplicit(ctx, model, textOf(ctx.src, nameNode), at) : undefined;
  if (implicit) return { implicit };
  // Its relation is then the callers', but the records it loads are written by their primary key
  // whatever the relation was (`where(…).destroy_all` deletes each one by id): those are judged here.
  const v = ctx.code ? newRelAt(ctx, model, at, at.end) : undefined;
  return v?.k === 'rel' && v.cands.length === 1 ? { implicit: { ...v.cands[0]!, callers: true }, writesOnly: true } : {};
}

/** Whether a unit's owner is a model the pre-filter's test names (its class methods run on its relation without naming it). */
export function partitionedModel(idx: RubyIndex, nesting: readonly string[], test: (text: string) => boolean): boolean {
  const owner = nesting[nesting.length - 1];
  return !!owner && idx.models.declared(owner) && test(owner.split('::').pop()!);
}

/** Relation methods: a statement naming one may build or run a query. */
const QUERYING = /^(?:where|rewhere|not|or|and|merge|find\w*|pluck|pick|ids|count|sum|average|minimum|maximum|exists\?|update_all|delete_all|destroy_all|delete_by|destroy_by|order|reorder|limit|offset|joins|left_joins|includes|preload|eager_load|group|having|select|first|last|take|each|find_each|in_batches|to_a|all|none|unscoped|scope|send|public_send)$/;

/**
 * Whether no query of a method reads its parameters (`def self.run_schedule(schedule)` only hands
 * `schedule` on to other objects): its runs are then the same for every caller. A parameter is
 * inert when every mention of it is an argument of a call on an explicit receiver other than
 * `self`, in a statement that names no relation method, or when it is never mentioned.
 */
export function inertParams(src: string, def: RNode): boolean {
  const params = child(def, 'parameters');
  const names = params ? namedChildren(params).map((p) => (p.type === 'identifier' ? textOf(src, p) : undefined)) : [];
  if (names.some((n) => n === undefined)) return false;
  if (!names.length) return true;
  const body = child(def, 'body');
  if (!body) return true;
  const wanted = new Set(names as string[]);
  const ok = (id: RNode): boolean => {
    const args = id.parent;
    const call = args?.type === 'argument_list' ? args.parent : undefined;
    const recv = call?.type === 'call' ? child(call, 'receiver') : undefined;
    if (!recv || recv.type === 'self') return false;
    let stmt: RNode = call!;
    while (stmt.parent && stmt.parent !== body && !/^(body_statement|block_body|then|else|do_block|block)$/.test(stmt.parent.type)) stmt = stmt.parent;
    return !callsQuerying(src, stmt, args!);
  };
  const visit = (n: RNode): boolean => {
    if (n.type === 'identifier' && wanted.has(textOf(src, n)) && !ok(n)) return false;
    return n.children.every(visit);
  };
  return visit(body);
}

/** Whether a statement calls a relation method (the arguments `skip` left out). */
function callsQuerying(src: string, n: RNode, skip: RNode): boolean {
  if (n === skip) return false;
  const m = n.type === 'call' ? child(n, 'method') : undefined;
  if (m && QUERYING.test(textOf(src, m))) return true;
  return n.children.some((c) => callsQuerying(src, c, skip));
}

/** Whether a class method's parameters leave its queries alone (its runs are then the same for every caller). */
export function inertOwn(ctx: EvalContext, m: MethodDecl): boolean {
  if (!m.params.length) return true;
  const def = ctx.code?.methodNode(m);
  return !!def && inertParams(m.text, def);
}
