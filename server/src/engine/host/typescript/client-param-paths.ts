/**
 * A query run on a client (Prisma, Sequelize, TypeORM…) whose own file sees several statements
 * because a shared helper adds a part only when an optional argument is given (Dub's
 * `getLeadsCount(query)` running `groupBy({ where: getLeadsWhere(query) })`, the builder spreading
 * `...(start && end && { createdAt: … })`). Alone, the file reports what any statement lacks; the
 * callers' values decide which one runs (the count route always passing both dates). Such a run is
 * judged at each visible caller with its values and placed like every parameter-decided path
 * (param-paths.ts, query/placement.ts).
 */
import type { QueryRun } from '../../query/model';
import { withBindings, kids, field, visit, type Link, type N } from './ast';
import type { FileCtx } from './follow-ctx';
import { judge, translateIn } from './follow-judge';
import { runSites } from './callee-agreement';
import { judgedAloneToo } from './param-paths';
import { attempt } from './sqlgen';
import type { TsIndex } from './workspace';

type Frame = { readonly fn: N; readonly args: ReadonlyMap<string, N> };

/** Whether the chain translates with the frames bound (and, when there are frames, reads one of them). */
function translatesWith(kind: string, x: N, inner: readonly Link[], ctx: FileCtx, index: TsIndex, frames: readonly Frame[]): boolean {
  const bs = frames.map((f) => ({ ...f, used: 0 }));
  return withBindings(bs, () => attempt(() => translateIn(kind, x, inner, ctx, index)) !== undefined && (!bs.length || bs.some((b) => b.used > 0)));
}

/**
 * Judges chain `x` (links `inner`, a `kind` client query of `ctx` its file also judges alone) with the
 * frames' parameters read as the caller's values; reports at `at` of the caller's call `n` into
 * `found`. Whether it did.
 */
export function judgedOnClientPaths(kind: string, x: N, inner: readonly Link[], ctx: FileCtx, frames: readonly Frame[], n: N, at: N, index: TsIndex, found: QueryRun[]): boolean {
  if (!translatesWith(kind, x, inner, ctx, index, []) || !translatesWith(kind, x, inner, ctx, index, frames)) return false;
  const before = found.length;
  judge([{ links: inner, base: ctx, kind, steps: [{ ctx, node: x, message: 'run here' }], binds: frames }], n, at, index, found, [], true);
  for (const r of found.slice(before)) {
    runSites.set(r, x);
    judgedAloneToo.add(r);
  }
  return found.length > before;
}

/**
 * Whether a query's arguments hand one of `params` to a helper call (`where: getLeadsWhere(query)`,
 * `buildWhere({ ...filters, userId })`): the helper may add parts only for some values.
 */
export function handsParamsToHelper(top: N, params: ReadonlySet<string>): boolean {
  let hit = false;
  visit(top, (x) => {
    if (hit) return false;
    if (x.type !== 'call_expression' || x === top) return undefined;
    const f = field(x, 'function');
    if (f?.type !== 'identifier') return undefined;
    for (const a of kids(field(x, 'arguments') ?? x))
      visit(a, (y) => {
        if ((y.type === 'identifier' || y.type === 'shorthand_property_identifier') && params.has(y.src.slice(y.start, y.end))) hit = true;
        return hit ? false : undefined;
      });
    return undefined;
  });
  return hit;
}
