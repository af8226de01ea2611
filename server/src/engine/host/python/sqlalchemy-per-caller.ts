/**
 * Per-caller verdicts: a helper whose visible callers (all of them known, `callerViews`) pass
 * arguments on which the planner decides differently (`get_campaigns_registered(user)` leaving
 * the optional cut-off out scans, `get_campaigns_registered(user, since)` prunes) has no single
 * verdict. Such a statement is judged at each call, with that caller's arguments, and not inside
 * the helper, where a finding would blame every caller. Verdicts come from the check's catalog
 * (`SaCtx.verdict`); callers that all scan (or all prune) leave the statement judged inside.
 */
import { field, type PyNode, type PyTree, scopeOf, textOf, walk } from './ast';
import { alternativesOf } from './branches';
import { calleeName, resolveCallee } from './calls';
import { runningFunction } from './closures';
import { type CallerView, callerViews } from './sqlalchemy-callers';
import type { SaCtx, SaTranslator } from './sqlalchemy';
import { mergeAlternatives, type PyRun, Unknown } from './synth';
import { placeByCallers } from '../../query/placement';

export interface Execution {
  readonly target: PyNode;
  readonly terminal: string | undefined;
  readonly legacy: boolean;
}

type ExecutionAt = (t: PyTree, n: PyNode) => Execution | undefined;

/** One caller's runs of an execution site (one per path), placed at `fallback` unless the statement is in the checked tree; undefined when some path is not known. */
export function viewRuns(v: CallerView, e: Execution, fallback: PyNode, evaluation: PyNode): PyRun[] | undefined {
  const runs = alternativesOf(() => {
    const q = v.tr.tryStatement(e.target);
    if (!q || (e.legacy && q.kind !== 'query') || (!e.legacy && q.kind === 'query') || e.terminal === 'get' || e.terminal === 'get_or_404') return undefined;
    try {
      return [v.tr.synthesize(q, e.terminal, [v.related], fallback, evaluation, evaluation.start)];
    } catch (x) {
      if (!(x instanceof Unknown)) throw x;
      return undefined;
    }
  });
  return runs.length ? runs.flat() : undefined;
}

/**
 * Whether the shared placement (query/placement.ts) puts the statement at the callers: every
 * caller translated, the check holding a catalog, and the planner's verdicts differ. Only then is
 * a caller, not the helper, at fault: `registered(user)` scans while `registered(user, since)`
 * prunes. Callers whose statements differ but all scan (`count()` vs `all()`, a generic
 * classmethod called on two models) or all prune leave the helper judged inside, where it runs.
 */
export function callersDiffer(ctx: SaCtx, perView: readonly (readonly PyRun[] | undefined)[]): boolean {
  if (!ctx.verdict) return false;
  return placeByCallers(perView.map((r) => (r ? ctx.verdict!(r) : undefined))).at === 'callers';
}

/**
 * A node's place in the function holding it (its name and the offset from its start): the
 * index may parse a caller's function on its own, at other offsets than the checked file's.
 */
export function placeInFunction(t: PyTree, n: PyNode): string | undefined {
  for (let p = n.parent; p; p = p.parent) {
    const name = p.type === 'function_definition' ? field(p, 'name') : undefined;
    if (name) return `${textOf(t, name)}:${n.start - p.start}:${textOf(t, n)}`;
  }
  return undefined;
}

const sitesOf = new WeakMap<PyNode, PyNode[]>();

function executionSitesIn(t: PyTree, fn: PyNode, executionAt: ExecutionAt): PyNode[] {
  let s = sitesOf.get(fn);
  if (!s) {
    const found: PyNode[] = [];
    walk(fn, (n) => {
      // Sites of the callbacks it runs too (`def thd(conn)` handed to `pool.do`).
      if (n !== fn && runningFunction(t, scopeOf(n)) === fn && executionAt(t, n)) found.push(n);
    });
    sitesOf.set(fn, (s = found));
  }
  return s;
}

/**
 * The runs of a visible helper's statements judged with this call's arguments, reported at the
 * call, for the statements whose callers' runs differ.
 */
export function perCallerRuns(tr: SaTranslator, ctx: SaCtx, call: PyNode, executionAt: ExecutionAt): PyRun[] {
  // Without a catalog no verdicts are compared, so no call is resolved and translated per caller for nothing.
  if (!ctx.verdict) return [];
  const c = resolveCallee(tr, call);
  // A caller the index does not hold is not seen when the helper's own file is checked: that
  // check judges the statement inside, so it is not judged here too.
  if (!c || !tr.file || c.fn.node.type !== 'function_definition' || !ctx.py.indexed(tr.file)) return [];
  // A helper executing the statement its caller passes is judged at that argument already (`evaluatedByCallee`).
  if (tr.evaluatedByCallee(call).length) return [];
  const ft = c.fn.unit.tree;
  const sites = executionSitesIn(ft, c.fn.node, executionAt);
  if (!sites.length) return [];
  const views = callerViews(ctx, ft, c.fn.unit.file, c.fn.node);
  const here = calleeName(call) ?? call;
  const key = placeInFunction(tr.t, here);
  const mine = key ? views?.find((v) => v.file === tr.file && placeInFunction(v.related.tree, v.related.node) === key) : undefined;
  if (!views || !mine) return [];
  const out: PyRun[] = [];
  for (const s of sites) {
    const e = executionAt(ft, s)!;
    const perView = views.map((v) => viewRuns(v, e, call, call));
    if (!callersDiffer(ctx, perView)) continue;
    const own = perView[views.indexOf(mine)]!;
    out.push(mergeAlternatives(own.map((r) => [r])));
  }
  return out;
}
