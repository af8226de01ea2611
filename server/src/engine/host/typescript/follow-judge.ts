/**
 * Judging of the follow pass (split from follow.ts): `judge` translates the expanded chains (`Alt`s)
 * of one site with the followed functions' parameters bound, and reports one run with the places it
 * was built, refined and run as related locations; `passedToRunner` is the hook for a builder handed
 * to a visible function that runs it. No module-level state.
 */
import type { RelatedLocation } from '../../finding';
import { bindings, field, flattenChain, kids, text, visit, withValues, type Binding, type Link, type N } from './ast';
import { knexQuery } from './builders';
import { kyselyQuery } from './kysely';
import { drizzleQuery } from './drizzle';
import { sequelizeQuery, typeormQuery } from './entities';
import { prismaQuery } from './prisma';
import { objectionQuery } from './objection';
import { valueResolver } from './objects';
import { isChainTop } from './queries';
import type { QueryRun } from '../../query/model';
import { Dynamic, attempt, moveQuery, toRun, type OrmQuery } from './sqlgen';
import { bySrc, type FileCtx } from './follow-ctx';
import { runSites } from './callee-agreement';
import { baseKind, targetOf } from './follow-targets';
import { NESTED, type Alt, type Site } from './follow-expand';
import { paramNames } from './inline';
import { refinedRun } from './runner-flow';
import { returnedFromStatic } from './sequelize-static-returns';
import type { TsIndex } from './workspace';

/** Kinds whose calls run where they are written (a promise): followed only to read a caller's argument. */
const RUN_IN_PLACE = new Set(['prisma', 'sequelize']);

function translate(kind: string, top: N, links: readonly Link[], base: FileCtx, index: TsIndex): OrmQuery | undefined {
  return translateChain(kind, top, links, base, index);
}

/** A chain of `base`'s file translated with its ORM, values resolved through the index (as the file would judge it). */
export function translateIn(kind: string, top: N, links: readonly Link[], base: FileCtx, index: TsIndex): OrmQuery | undefined {
  return withValues(valueResolver(base, { returns: [], crossed: false }), () => translateChain(kind, top, links, base, index));
}

function translateChain(kind: string, top: N, links: readonly Link[], base: FileCtx, index: TsIndex): OrmQuery | undefined {
  switch (kind) {
    case 'knex':
      return knexQuery(top, links, true);
    case 'kysely':
      return kyselyQuery(top, links);
    case 'drizzle':
      return drizzleQuery(top, links, index.registry, []);
    case 'typeorm':
      return typeormQuery(top, links, base.repos, index.registry, []);
    case 'objection':
      return objectionQuery(top, links, index.registry, base.aliases);
    case 'prisma':
      return prismaQuery(links, index.registry, []);
    case 'sequelize':
      return sequelizeQuery(links, index.registry, [], base.aliases);
    default:
      return undefined;
  }
}

function related(site: { ctx: FileCtx; start: number; end: number }, message: string, index: TsIndex): RelatedLocation {
  if (site.ctx.current) return { kind: 'here', start: site.start, end: site.end, message };
  return { kind: 'file', fileName: site.ctx.file, start: index.position(site.ctx.file, site.start), end: index.position(site.ctx.file, site.end), message };
}

/** Whether the call a link belongs to is a TypeORM query its own file judges (its repository is known there). */
function judgedWhereWritten(link: N, index: TsIndex): boolean {
  let top: N = link;
  while (top.parent && !(top.type === 'call_expression' && isChainTop(top))) top = top.parent;
  const ctx = bySrc.get(top.src);
  return !!ctx && top.type === 'call_expression' && attempt(() => typeormQuery(top, flattenChain(top), ctx.repos, index.registry, [])) !== undefined;
}

/** Whether the call a link belongs to is a static's own query returned to its caller (sequelize-static-returns.ts). */
function linkReturnedFromStatic(link: N): boolean {
  let top: N = link;
  while (top.parent && !(top.type === 'call_expression' && isChainTop(top))) top = top.parent;
  return top.type === 'call_expression' && returnedFromStatic(top);
}

/**
 * Judges the builders one site may run (one per path) at `top`: one run whose alternatives are
 * the paths (engine/query reports what any path lacks). A path we cannot translate makes the
 * site unknown. The finding goes to `at` (in the current document), or to the builder's own
 * table when `at` is undefined.
 */
export function judge(alts: readonly Alt[], top: N, at: N | undefined, index: TsIndex, out: QueryRun[], extra: readonly RelatedLocation[] = [], retried = false): void {
  const qs: OrmQuery[] = [];
  for (const alt of alts) {
    let q: OrmQuery | undefined;
    // The followed functions' parameters read as the caller's arguments while translating.
    const bs: Binding[] = (alt.binds ?? []).map((b) => ({ ...b, used: 0 }));
    bindings.push(...bs);
    try {
      q = withValues(valueResolver(alt.base, { returns: [], crossed: false }), () => translate(alt.kind, top, alt.links, alt.base, index));
    } catch (e) {
      if (e instanceof Dynamic) return;
      throw e;
    } finally {
      bindings.splice(bindings.length - bs.length, bs.length);
    }
    if (!q) return;
    // A Prisma or Sequelize call runs where it is written: judged there, unless only the caller's
    // arguments make it visible (`findAll({ where })` with `where` a parameter).
    // So does a TypeORM repository or manager call (only query builders wait for a terminal method).
    // (when that call is written in the followed function, not at this site: `leads().find(…)` runs here).
    const runner = [...alt.links].reverse().find((l) => l.kind === 'prop');
    const runsHere = !!runner && runner.node.src === top.src && runner.node.start >= top.start && runner.node.end <= top.end;
    // A static returning its own query unawaited hands it to this caller (sequelize-static-returns.ts).
    const handed = alt.kind === 'sequelize' && !runsHere && !!runner && linkReturnedFromStatic(runner.node);
    const inPlace = (RUN_IN_PLACE.has(alt.kind) && !handed) || (alt.kind === 'typeorm' && !runsHere && !alt.links.some((l) => l.kind === 'prop' && l.name === 'createQueryBuilder') && judgedWhereWritten(runner!.node, index));
    // `retried`: a call the scan left to this pass (it needed the index), judged here whatever its kind.
    if (inPlace && !retried && (!bs.some((b) => b.used > 0) || attempt(() => translate(alt.kind, top, alt.links, alt.base, index)))) return;
    qs.push(q);
  }
  const q = qs[0];
  const alt = alts[0];
  if (!q || !alt) return;
  const built = q.model.from.at;
  const here = at === undefined && alt.base.current;
  const rel: RelatedLocation[] = here ? [] : [related({ ctx: alt.base, start: built.start, end: built.end }, 'query built here', index)];
  for (const s of alt.steps) if (s.node !== at) rel.push(related({ ctx: s.ctx, start: s.node.start, end: s.node.end }, s.message, index));
  if (here && !extra.length && (top.start > built.start || top.end < built.end)) rel.push({ kind: 'here', start: top.start, end: top.end, message: 'run here' });
  rel.push(...extra);
  // Offsets of the quick-fix data point into the file where the builder was made.
  const fix = alt.base.current && alt.steps.every((s) => s.ctx.current) ? q.fix : { framework: q.model.framework };
  // A builder made elsewhere is reported where it enters this document, joined tables included.
  const span = here ? undefined : at ? { start: at.start, end: at.end } : { start: top.start, end: top.end };
  const place = (x: OrmQuery): OrmQuery => (span ? moveQuery(x, () => span) : x);
  out.push({
    ...toRun(place(q), fix),
    alternatives: qs.flatMap((x) => {
      const p = place(x);
      return [p.model, ...(p.alternatives ?? [])];
    }),
    ...(rel.length ? { related: rel } : {}),
  });
}

/**
 * A builder passed to a visible function that runs it (`paginate(repo.createQueryBuilder('l')
 * .where(…), page)` awaiting `qb.skip(…).take(…).getManyAndCount()`): judged where it is passed.
 * Only when every mention of the parameter in the function is such a chain.
 */
export function passedToRunner(n: N, links: readonly Link[], current: FileCtx, index: TsIndex, out: QueryRun[], held?: readonly Alt[]): void {
  // `held`: the paths of a builder held in a local (`this.pagination.paginate(qb, dto)`).
  const kind = held ? held[0]?.kind : baseKind(links, current, index);
  const found = kind ? runOf(n, kind, current, current, index, 0) : undefined;
  if (!kind || !found) return;
  const { run, before, steps } = found;
  const first = out.length;
  if (held) {
    // Only kinds whose builders wait to be run, and one kind on every path.
    if (RUN_IN_PLACE.has(kind) || held.some((a) => a.kind !== kind)) return;
    judge(held.map((a) => ({ ...a, links: [...a.links, ...before, ...flattenChain(run).slice(1)], steps: [...a.steps, ...steps] })), run, n, index, out);
  } else {
    const alt: Alt = { links: [...links, ...before, ...flattenChain(run).slice(1)], base: current, kind, steps };
    judge([alt], run, n, index, out);
  }
  // The statement inside the runner, for the agreement between its callers (runner-agreement.ts).
  for (const r of out.slice(first)) runSites.set(r, run);
}

/** Helpers handing the builder on before one runs it (`paginateRest(q, page)` → `paginate(q, size, offset)`). */
const MAX_HANDOFFS = 3;

/**
 * Where the function that argument `n` is passed to runs it: a chain on its parameter (every
 * mention of it is one), a refinement then a run, or — when the parameter's only mention passes it
 * on to another visible function — where that one runs it.
 */
function runOf(n: N, kind: string, ctx: FileCtx, current: FileCtx, index: TsIndex, depth: number): { run: N; before: readonly Link[]; steps: readonly Site[] } | undefined {
  const args = n.parent;
  const call = args?.parent;
  if (args?.type !== 'arguments' || call?.type !== 'call_expression') return undefined;
  const t = targetOf(flattenChain(call), ctx, index, current);
  const param = t ? paramNames(t.fn)[kids(args).indexOf(n)] : undefined;
  const body = t ? field(t.fn, 'body') : undefined;
  if (!t || !param || !body || t.rest.length) return undefined;
  const runs: N[] = [];
  const passed: N[] = [];
  let mentions = 0;
  visit(body, (x) => {
    if (x !== body && NESTED.has(x.type)) return false;
    if (x.type === 'identifier' && text(x) === param) {
      mentions++;
      if (x.parent?.type === 'arguments') passed.push(x);
    }
    if (x.type !== 'call_expression' || !isChainTop(x)) return undefined;
    const l = flattenChain(x);
    if (l.length > 1 && l[0]?.kind === 'root' && l[0].name === param) runs.push(x);
    return undefined;
  });
  if (mentions === 1 && passed.length === 1 && runs.length === 0 && depth < MAX_HANDOFFS) {
    const inner = runOf(passed[0]!, kind, t.ctx, current, index, depth + 1);
    return inner ? { ...inner, steps: [{ ctx: t.ctx, node: passed[0]!, message: 'passed on here' }, ...inner.steps] } : undefined;
  }
  let run = runs[0];
  let before: readonly Link[] = [];
  if (!run || runs.length !== mentions) {
    // A helper that refines the builder (`qb = qb.limit(…)`) before running it.
    const r = refinedRun(t.fn, param, kind);
    if (!r) return undefined;
    run = r.run;
    before = r.links;
  }
  return { run, before, steps: [{ ctx: t.ctx, node: run, message: 'run here' }] };
}
