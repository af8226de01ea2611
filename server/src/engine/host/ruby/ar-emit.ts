/**
 * Query sites: where a relation runs, what the report carries (the relation's trail through
 * followed methods, where it was built) and the preload queries `includes` adds when rows load.
 * Kept apart from the evaluator so that reporting rules read in one place.
 */
import type { RelatedLocation } from '../../finding';
import type { Shape } from '../../query/model';
import { child, type RNode } from './syntax';
import { associationRel } from './assoc';
import { methodPosition } from './file-outline';
import { movedRel, movedSubqueries } from './ar-moved';
import { ownRunAtCaller } from './plain-object-callers';
import { helperRunAtCaller, markHelperRun } from './helper-callers';
import { includeJoin, toModel } from './ar-model';
import { runOrigins, type EvalContext, type QuerySite, type Range, type Rel, type Trail, type Val } from './ar-values';

export function emitRelationSite(ctx: EvalContext, cands: readonly Rel[], at?: RNode): void {
  // Inside a scope body nothing runs; inside a followed method a relation handed to code runs.
  if (ctx.foreign && !ctx.level) return;
  const live = cands.filter((r) => !r.none);
  if (!live.length || live.every((r) => r.bare)) return;
  emit(ctx, live, { k: 'select' }, at);
}

export function emit(ctx: EvalContext, cands: readonly Rel[], shape: Shape, at?: RNode): void {
  const live = cands.filter((r) => !r.none);
  if (!live.length || (ctx.writesOnly && live.some((r) => r.callers))) return;
  // In a followed method, only relations from the checked unit run on its behalf; the queries of the methods it follows (also those one of them hands to a deeper method) are judged in their own file.
  const level = ctx.level ?? 0;
  const foreign = level > 0 && !live.some((r) => (r.level ?? 0) === 0) && !ownRunAtCaller(ctx, at);
  if (foreign && !helperRunAtCaller(ctx, at)) return;
  const first = live[0]!;
  const trail = [...(first.trail ?? []), ...(level > 0 && ctx.method && at ? [{ method: ctx.method, start: at.start, end: at.end, message: 'executed here' }] : [])].slice(-6);
  // A relation built elsewhere is reported where it runs, with where it was built as related information;
  // run by a followed method (`serialized_orders(orders)`) or a scope's body (`messages.last_page`), at that call.
  const run = !ctx.foreign ? at : at && (level > 0 || ctx.foreignCall) ? (ctx.foreignCall ?? ctx.foreign) : undefined;
  const here = run ? (ctx.foreign ? ctx.foreign : executedAt(ctx, at!)) : undefined;
  const moved = run ? live.filter((r) => r.range.start < run.start || r.range.end > run.end) : [];
  const related = [...(moved.length ? [{ kind: 'here' as const, start: moved[0]!.range.start, end: moved[0]!.range.end, message: `relation built here (${moved[0]!.model.name})` }] : []), ...trail.map(relatedOf)];
  const site: QuerySite = { alternatives: live.map((r) => toModel(moved.includes(r) ? movedRel(r, here!, run!) : run ? movedSubqueries(r, here!, run) : r)), shape, state: 'executed', fix: { insertAt: first.fixAt, host: { kind: 'orm', model: first.model.name } }, ...(related.length ? { related } : {}) };
  ctx.sites.push(site);
  // The statement a run comes from (relation-class-methods.ts, plain-object-callers.ts); a helper's run (helper-callers.ts).
  if (at) runOrigins.set(site, { src: ctx.src, start: at.start, end: at.end });
  if (foreign) markHelperRun(site);
  // Loading records runs the preload queries too (counts, plucks and writes do not).
  if (shape.k === 'select' && live.some((r) => r.includes.length)) emitPreloads(ctx, live, at);
}

/** Where a run is reported: the executing call up to its method name (`leads.pluck`), not its arguments or block. */
function executedAt(ctx: EvalContext, at: RNode): Range {
  const m = at.type === 'call' ? child(at, 'method') : undefined;
  return { start: at.start, end: m ? m.end : at.end };
}

/** A trail entry as a related location (0-based line/character in the method's file). */
function relatedOf(t: Trail): RelatedLocation {
  return { kind: 'file', fileName: t.method.file, start: methodPosition(t.method, t.start), end: methodPosition(t.method, t.end), message: t.message };
}

/** Adds a provenance entry when a relation is refined inside a followed method. */
export function refinedAt(ctx: EvalContext, v: Val, call: RNode, name: string): Val {
  if (!ctx.method || v.k !== 'rel') return v;
  const m = child(call, 'method') ?? call;
  const t: Trail = { method: ctx.method, start: m.start, end: call.end, message: `refined here (.${name})` };
  return { k: 'rel', cands: v.cands.map((r) => ({ ...r, trail: [...(r.trail ?? []), t].slice(-6) })) };
}

/**
 * Records loaded with `includes`/`preload` of an association that is not joined: ActiveRecord
 * sends a second query per association (`WHERE agent_outputs.lead_id IN (…)`), judged at the
 * association's symbol. Only associations every alternative preloads count.
 */
function emitPreloads(ctx: EvalContext, live: readonly Rel[], at: RNode | undefined): void {
  const first = live[0]!;
  for (const inc of first.includes) {
    const preloaded = (r: Rel): boolean => r.includes.some((i) => i.name === inc.name && !includeJoin(r, i));
    if (!live.every(preloaded)) continue;
    const a = first.model.association(inc.name);
    // ActiveRecord refuses to preload a scope that takes the owner (`->(lead) { … }`).
    if (!a || a.scopeParams?.length) continue;
    const v = associationRel(ctx, first.model, a, inc.range, inc.range.end);
    if (v.k !== 'rel') continue;
    const level = first.level ?? 0;
    emit(ctx, v.cands.map((r) => ({ ...r, level, ...(first.trail ? { trail: first.trail } : {}) })), { k: 'select' }, at);
  }
}

/** The relation candidates a site for a returned relation is built from. */
export function emitReturned(ctx: EvalContext, v: Val, related: RelatedLocation): void {
  if (v.k !== 'rel') return;
  const live = v.cands.filter((r) => !r.none);
  if (!live.length || live.every((r) => r.bare)) return;
  const before = ctx.sites.length;
  emit(ctx, live, { k: 'select' });
  const site = ctx.sites[before];
  if (site) ctx.sites[before] = { ...site, related: [related, ...(site.related ?? [])] };
}
