/**
 * A method running a builder an own helper makes, whose `if`s read what the method passes on
 * (n8n's `countByRangeQuery(query) { return this.toQueryBuilder(query).getCount() }` with
 * `if (createdAfter) qb.andWhere(…)` in the helper): alone, its file judges every path; with a
 * caller's values (`{ createdAfter: new Date(…), … }`) fewer paths run. Such a run is judged at each
 * caller with its values and placed like every parameter-decided path (param-paths.ts).
 */
import type { QueryRun } from '../../query/model';
import { withBindings, type Link, type N } from './ast';
import type { FileCtx } from './follow-ctx';
import { expand } from './follow-expand';
import { judge } from './follow-judge';
import { targetOf } from './follow-targets';
import { runSites } from './callee-agreement';
import { judgedAloneToo } from './param-paths';
import type { TsIndex } from './workspace';

type Frame = { readonly fn: N; readonly args: ReadonlyMap<string, N> };

/**
 * Judges chain `x` (links `inner`, in `ctx`) with the frames' parameters bound when it expands into
 * fewer paths than without them; reports at `at` of the caller's call `n` into `found`. Whether it did.
 */
export function judgedOnHelperPaths(x: N, inner: readonly Link[], ctx: FileCtx, frames: readonly Frame[], n: N, at: N, index: TsIndex, found: QueryRun[]): boolean {
  if (!targetOf(inner, ctx, index, ctx)) return false;
  const alone = expand(inner, ctx, index, ctx, 0, false);
  if (!alone || alone.length < 2) return false;
  const decided = withBindings(frames.map((f) => ({ ...f, used: 0 })), () => expand(inner, ctx, index, ctx, 0, false));
  if (!decided || decided.length >= alone.length) return false;
  const before = found.length;
  judge(decided.map((a) => ({ ...a, binds: [...frames, ...(a.binds ?? [])] })), n, at, index, found);
  for (const r of found.slice(before)) {
    runSites.set(r, x);
    judgedAloneToo.add(r);
  }
  return found.length > before;
}
