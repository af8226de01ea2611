/**
 * A helper that runs a queryset its callers pass, through a local it derives from the parameter
 * (`ordered = queryset.order_by(…)`, then `list(ordered[:n])`), with several visible callers:
 * each caller's queryset is judged as the helper runs it and the planner's verdicts compared
 * (`DjCtx.verdict`, as SQLAlchemy's helpers are). When every caller gets the same verdict the
 * statement is the helper's and is reported inside it; when they differ, each caller whose
 * queryset scans is reported at its call. A caller we cannot translate leaves both silent.
 * Runs of the parameter itself (`return queryset.count()`) are compared the same way ('direct'):
 * all alike, reported inside; otherwise they stay at each caller (`django-sites.ts`).
 */
import { field, type PyNode, type PyTree, textOf, walk } from './ast';
import { alternativesOf } from './branches';
import { calleeName, resolveCallee } from './calls';
import { indexedFunction } from './function-callers';
import { type DjCtx, DjangoTranslator } from './django';
import type { Evaluation } from './django-callees';
import { type FnInfo, paramEvaluations, scopesOf } from './summaries';
import { mergeAlternatives, type PyRun, Unknown } from './synth';
import { placeByCallers, reportedInside } from '../../query/placement';
import { memoPerGeneration } from '../generation-memo';

type Outcome = 'agree' | 'differ' | undefined;

/** Which runs of the callers' queryset are compared: those of locals the helper derives, or of the parameter itself. */
export type RunKind = 'derived' | 'direct';

/** Per helper, per index generation, per kind of run. */
const memo = memoPerGeneration<PyNode, RunKind, Outcome>();

/** The evaluations of a call's argument that run through a local the helper derives from it (not the parameter itself). */
export function derivedOnly(fn: FnInfo, evs: readonly Evaluation[]): Evaluation[] {
  return ofKind('derived', fn, evs);
}

/** The evaluations of a call's argument of one kind: through a derived local, or of the parameter itself. */
function ofKind(kind: RunKind, fn: FnInfo, evs: readonly Evaluation[]): Evaluation[] {
  const direct = new Set(paramEvaluations(fn, false).map((n) => n.start));
  return evs.filter((e) => direct.has(e.site.node.start) === (kind === 'direct'));
}

/** The visible calls of `fn` (by name, resolved back to it), each with a translator of its file. */
function callersOf(ctx: DjCtx, fn: FnInfo): { tr: DjangoTranslator; call: PyNode; tree: PyTree }[] {
  const name = textOf(fn.unit.tree, field(fn.node, 'name')!);
  const out: { tr: DjangoTranslator; call: PyNode; tree: PyTree }[] = [];
  for (const c of ctx.py.callsOf(name, 16)) {
    const tr = new DjangoTranslator(ctx, c.tree, scopesOf(c.tree), c.file);
    if (resolveCallee(tr, c.call)?.fn.node === fn.node) out.push({ tr, call: c.call, tree: c.tree });
  }
  return out;
}

/** The derived runs of one caller's queryset, per path; undefined when some path is not understood. */
function callerRuns(tr: DjangoTranslator, fn: FnInfo, call: PyNode, kind: RunKind): PyRun[] | undefined {
  const paths = alternativesOf(() => {
    const evs = ofKind(kind, fn, tr.evaluatedByCallee(call));
    if (!evs.length) return undefined;
    try {
      return evs.flatMap((r) => r.tr.synthesizeAll(r.q, r.terminal, call.start, [], call, call));
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      return undefined;
    }
  });
  return paths.length ? paths.flat() : undefined;
}

/** Whether the callers' derived runs of `fn` get the same verdict ('agree'), different ones, or cannot all be judged. */
export function callerOutcome(ctx: DjCtx, fn: FnInfo, kind: RunKind = 'derived'): Outcome {
  return memo.get(fn.node, ctx.py.generation, kind, () => {
    if (!ctx.verdict || textOf(fn.unit.tree, field(fn.node, 'name')!).startsWith('__')) return undefined;
    const callers = callersOf(ctx, fn);
    const verdicts = callers.map((c) => {
      const runs = callerRuns(c.tr, fn, c.call, kind);
      return runs ? ctx.verdict!(runs) : undefined;
    });
    // One caller: `evaluatedForCaller` (django-sites.ts) reports the helper's runs inside already.
    const p = callers.length >= 2 ? placeByCallers(verdicts) : undefined;
    return p?.at === 'callers' ? 'differ' : p && reportedInside(p) ? 'agree' : undefined;
  });
}

/** At a call of such a helper whose callers' verdicts differ: this call's derived runs (the planner reports them when they scan). */
export function differingCallerRuns(tr: DjangoTranslator, ctx: DjCtx, call: PyNode): PyRun[] {
  const helper = resolveCallee(tr, call);
  if (!helper || paramEvaluations(helper.fn, true).length <= paramEvaluations(helper.fn, false).length) return [];
  if (callerOutcome(ctx, helper.fn) !== 'differ') return [];
  const paths = alternativesOf(() => {
    const evs = derivedOnly(helper.fn, tr.evaluatedByCallee(call));
    if (evs.length !== 1) return undefined;
    try {
      return evs[0]!.tr.synthesizeAll(evs[0]!.q, evs[0]!.terminal, call.start, [evs[0]!.site], calleeName(call) ?? call, call);
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      return undefined;
    }
  });
  return paths.length ? [mergeAlternatives(paths)] : [];
}

/** In the helper's own file: the derived runs every caller agrees on, reported where the helper runs them. */
export function agreedInHelper(t: PyTree, ctx: DjCtx, file: string | undefined, fnNode: PyNode, kind: RunKind = 'derived'): PyRun[] {
  const fn = file ? indexedFunction(ctx.py, t, file, fnNode) : undefined;
  if (!fn || callerOutcome(ctx, fn, kind) !== 'agree') return [];
  const first = callersOf(ctx, fn)[0];
  if (!first) return [];
  const out: PyRun[] = [];
  const paths = alternativesOf(() => {
    const evs = ofKind(kind, fn, first.tr.evaluatedByCallee(first.call));
    // One statement of the helper runs the callers' queryset.
    if (evs.length !== 1) return undefined;
    try {
      return evs.flatMap((r) => {
        // The node of the checked tree at the same offset within the helper as the evaluation.
        let here: PyNode | undefined;
        const rel = r.site.node.start - fn.node.start;
        walk(fnNode, (x) => {
          if (!here && x.type === r.site.node.type && x.start - fnNode.start === rel) here = x;
        });
        if (!here) throw new Unknown('evaluation not found in the helper');
        return r.tr.synthesizeAll(r.q, r.terminal, here.start, [{ tree: first.tree, node: calleeName(first.call) ?? first.call, message: 'the queryset comes from this call (every caller alike)' }], here, here);
      });
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      return undefined;
    }
  });
  if (paths.length) out.push(mergeAlternatives(paths));
  return out;
}
