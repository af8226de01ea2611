/**
 * Writes of loaded records (`lead.update!(…)`, `find_each(&:destroy)`; records known from where the
 * code is are typed in record-writes.ts): ActiveRecord finds the row by its primary key (and
 * Rails 7.1 `query_constraints`) only, so the write is judged as `UPDATE/DELETE … WHERE <key>`.
 */
import type { Pred } from '../../query/model';
import type { ModelInfo } from './models';
import { child, namedChildren, symbolOrStringValue, type RNode } from './syntax';
import { hashKeys } from './ar-query';
import { argsOf } from './ar';
import { toModel } from './ar-model';
import type { EvalContext, Rel } from './ar-values';
import { YIELDS_RECORDS } from './ar-calls';
import { destroyDependents } from './ar-dependents';
import { esc } from './serial-memo';

/**
 * `find_each(&:destroy)`, `each(&:touch)`: a record write passed as a symbol block to a loading
 * method writes each loaded (persisted) record, by its primary key.
 */
export function symbolWrite(ctx: EvalContext, call: RNode, name: string): { node: RNode; name: string } | undefined {
  if (!YIELDS_RECORDS.test(name) || name === 'find' || child(call, 'block')) return undefined;
  const arg = argsOf(call).find((a) => a.type === 'block_argument');
  const sym = arg ? namedChildren(arg)[0] : undefined;
  const write = sym ? symbolOrStringValue(ctx.src, sym) : undefined;
  return write !== undefined && sym!.type !== 'string' && RECORD_WRITES.has(write) && !/^(update|update!|update_column|update_columns|update_attribute)$/.test(write) ? { node: arg!, name: write } : undefined;
}

/** Methods that write a loaded record: ActiveRecord sends `UPDATE`/`DELETE … WHERE <primary key>`. */
export const RECORD_WRITES = new Set([
  'update', 'update!', 'save', 'save!', 'destroy', 'destroy!', 'delete', 'touch', 'update_column', 'update_columns', 'update_attribute',
  'increment!', 'decrement!', 'toggle!',
  // Reads of the loaded record by its primary key: `SELECT … WHERE id = $1 LIMIT 1` (`lock!`/`with_lock` add FOR UPDATE).
  'reload', 'lock!', 'with_lock',
]);

/** Record methods of RECORD_WRITES that read the row again rather than write it. */
const RECORD_READS = new Set(['reload', 'lock!', 'with_lock']);

/** Writes that run callbacks, so `belongs_to … touch:`/`counter_cache:` update the owner (`update_column(s)`, `delete` do not). */
export const TOUCHING_WRITES = new Set(['update', 'update!', 'save', 'save!', 'destroy', 'destroy!', 'touch', 'toggle!', 'update_attribute']);

/**
 * `belongs_to :lead, touch: true` (or `counter_cache: true`): creating, writing or destroying the
 * record also sends `UPDATE leads … WHERE id = $1` — the owner found by its primary key only.
 */
export function touchOwners(ctx: EvalContext, model: ModelInfo, call: RNode, name: string, args: readonly RNode[] = [], assigned?: ReadonlySet<string>): void {
  for (const a of model.touched ?? []) {
    const fk = a.foreignKey ?? `${a.name}_id`;
    if (a.polymorphic || (a.counterOnly && !movesCounter(ctx, a.name, fk, name, args))) continue;
    // A record created without an optional owner (`Comment.create!(story_id: …)` with no parent) touches none.
    const given = (k: string): boolean => k === a.name || k === fk;
    if (a.optional && /^create!?$/.test(name) && ![...(assigned ?? [])].some(given) && !hashKeys(ctx, args.filter((x) => x.type === 'pair' || x.type === 'hash'))?.some(given)) continue;
    const owner = ctx.index.associationModel(model, a, ctx.nesting);
    if (owner) recordWrite(ctx, owner, call, 'touch', []);
  }
}

/**
 * `comment = story.comments.build; comment.parent_comment = parent; comment.save`: saving a new
 * record inserts it and, like `create`, touches (and counts in) its `touch:`/`counter_cache:`
 * owners by their primary key; an optional owner only when the method assigns it to the record
 * before the save. Returns whether the call was such a save.
 */
export function newRecordSave(ctx: EvalContext, model: ModelInfo, call: RNode, name: string): boolean {
  if ((name !== 'save' && name !== 'save!') || !model.touched?.length) return false;
  touchOwners(ctx, model, call, 'create', [], assignedBefore(ctx, call));
  return true;
}

/**
 * The attributes the enclosing method assigns on a call's receiver before the call
 * (`comment.parent_comment = …` before `comment.save`); empty unless the receiver is a plain name.
 */
export function assignedBefore(ctx: EvalContext, call: RNode): Set<string> {
  const recv = child(call, 'receiver');
  const text = recv ? ctx.src.slice(recv.start, recv.end) : '';
  const assigned = new Set<string>();
  if (!/^@?[a-z_]\w*$/.test(text)) return assigned;
  // The statements of the enclosing method before the call (`def` at the start of a line).
  const body = ctx.src.slice(defBefore(ctx.src, call.start), call.start);
  for (const m of body.matchAll(new RegExp(`${esc(text)}\\.([a-z_]\\w*)[ \\t]*=(?![=~>])`, 'g'))) assigned.add(m[1]!);
  return assigned;
}

/** The line starts of a text's `def`s, for the last text asked (one file is evaluated at a time). */
let defs: { src: string; starts: number[] } | undefined;

/** Where the last `def` line before `at` starts (0 when none). */
function defBefore(src: string, at: number): number {
  if (defs?.src !== src) defs = { src, starts: [...src.matchAll(/^[ \t]*def\s/gm)].map((m) => m.index) };
  const s = defs.starts;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? s[lo - 1]! : 0;
}

/**
 * Whether a write changes a `counter_cache:` counter: ActiveRecord updates it on create and destroy,
 * and on an update only when the foreign key changes (a write whose keys we cannot read is assumed not to).
 */
function movesCounter(ctx: EvalContext, assoc: string, fk: string, name: string, args: readonly RNode[]): boolean {
  if (/^(create|create!|destroy|destroy!)$/.test(name)) return true;
  const keys = name === 'update_attribute' ? [symbolOrStringValue(ctx.src, args[0])] : /^update!?$/.test(name) ? hashKeys(ctx, args.filter((a) => a.type === 'pair' || a.type === 'hash')) : undefined;
  return !!keys?.some((k) => k === assoc || k === fk);
}

/**
 * A write of a loaded record (`lead.update!(…)`, `destroy_all`'s per-record delete): the row is
 * found by the primary key and, on Rails 7.1, the model's `query_constraints` — nothing else.
 * Reported at the method name; only in the checked document (a followed method's writes are
 * judged in its own file).
 */
export function recordWrite(ctx: EvalContext, model: ModelInfo, call: RNode, name: string, args: RNode[], cascade: readonly string[] = []): void {
  if ((ctx.level ?? 0) > 0 || ctx.foreign) return;
  // A record's `delete` takes no argument: `x.delete(:key)` is a Hash or Array, not a record.
  if (name === 'delete' && args.length > 0) return;
  // `reload(lock: true)` and `lock!("FOR SHARE")` read the same row; `with_lock` yields it.
  if (name === 'reload' && args.some((a) => a.type !== 'pair' && a.type !== 'hash')) return;
  const m = child(call, 'method') ?? call;
  const range = { start: m.start, end: m.end };
  const cols = [...model.primaryKey];
  for (const c of model.queryConstraints ?? []) if (!cols.includes(c)) cols.push(c);
  if (!cols.length) cols.push('id');
  const rel: Rel = {
    model,
    range,
    preds: cols.map((c): Pred => ({ k: 'cmp', table: model.table, column: c, op: '=', n: 1 })),
    joins: [],
    includes: [],
    references: [],
    none: false,
    bare: false,
    fixAt: call.end,
    level: 0,
  };
  if (RECORD_READS.has(name)) {
    ctx.sites.push({ alternatives: [toModel(rel)], shape: { k: 'select', limit: true }, state: 'executed', fix: { host: { kind: 'record-read', model: model.name } } });
    return;
  }
  const del = name === 'destroy' || name === 'destroy!' || name === 'delete';
  const keys = del ? undefined : hashKeys(ctx, args.filter((a) => a.type === 'pair' || a.type === 'hash'));
  // No insertAt: the remedy is the model's `query_constraints`, not a `.where` (see the advice).
  // `destroy` first acts on the `dependent:` associations (ar-dependents.ts); `cascade`: the owners destroying this one.
  if (name === 'destroy' || name === 'destroy!') destroyDependents(ctx, model, call, cascade);
  ctx.sites.push({ alternatives: [toModel(rel)], shape: del ? { k: 'delete' } : { k: 'update', set: keys ?? undefined }, state: 'executed', fix: { host: { kind: 'record-write', model: model.name } } });
}

/** Methods after which `update_all`/`delete_all` select the rows in a subquery (see `subqueryWrite`). */
export const ORDERING = /^(order|reorder|in_order_of|limit|offset|page|per|paginate)$/;

/**
 * The relation `update_all`/`delete_all` send on PostgreSQL: with an order, a limit or an offset
 * (an ordered association `has_many :x, -> { order(…) }` too), Arel selects the rows in a
 * subquery, `UPDATE t SET … WHERE t.id IN (SELECT t.id FROM t WHERE … ORDER BY …)`: the
 * conditions (the partition key among them) stay in the subquery, the outer statement has the
 * primary key only.
 */
export function subqueryWrite(r: Rel): Rel {
  if (!r.ordered || r.joins.length) return r;
  const pk = r.model.primaryKey;
  if (pk.length !== 1) return r;
  const sub: Pred = { k: 'sub', table: r.model.table, column: pk[0]!, not: false, query: toModel(r), select: pk[0]! };
  return { ...r, preds: [sub], includes: [], references: [] };
}
