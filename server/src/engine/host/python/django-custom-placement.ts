/**
 * Where a custom QuerySet (or manager) method that runs a query on `self` is reported
 * (`Lead.objects.concurrent(project)` with `self.filter(q).count()` inside `concurrent`). Its
 * `self` carries each caller's queryset, so the query is judged with every visible call's receiver
 * and arguments (`customEvaluations`), and placed by the shared rule (`placement.ts`): when every
 * visible call gets the same verdict the statement is the method's and is reported inside it, where
 * it runs; otherwise each scanning call is reported. A call we cannot judge (or too many calls to
 * see them all) leaves the calls reported as before.
 */
import { field, type PyNode, type PyTree, textOf, walk } from './ast';
import { alternativesOf } from './branches';
import { calleeName, enclosingClass, resolveCallee } from './calls';
import { type DjCtx, DjangoTranslator } from './django';
import { customEvaluations, type Evaluation } from './django-callees';
import { type FnInfo, scopesOf } from './summaries';
import { mergeAlternatives, type PyRun, Unknown } from './synth';
import { placeByCallers, reportedInside } from '../../query/placement';
import { memoPerGeneration } from '../generation-memo';

/** At most this many calls of a method name are looked at; more leave the calls as they are. */
const MAX_CALLS = 16;

/** One method: where it is written, and its key (`file`, class and name). */
interface MethodKey {
  readonly file: string;
  readonly cls: string;
  readonly name: string;
}

interface Caller {
  readonly tr: DjangoTranslator;
  readonly call: PyNode;
  readonly tree: PyTree;
}

/** Per workspace index (each has its own generations), per method. */
const memo = memoPerGeneration<object, string, Caller | undefined>();

/** The evaluations a call makes through this method (its one query on `self`), or undefined when there are not exactly one. */
function evaluationsOf(tr: DjangoTranslator, call: PyNode, m: MethodKey): Evaluation[] {
  return customEvaluations(tr, call).filter((e) => !!e.method && sameMethod(e.method, m));
}

function keyOfFn(fn: FnInfo): MethodKey | undefined {
  return fn.owner ? { file: fn.unit.file, cls: fn.owner.name, name: fn.name } : undefined;
}

function sameMethod(fn: FnInfo, m: MethodKey): boolean {
  const k = keyOfFn(fn);
  return !!k && k.file === m.file && k.cls === m.cls && k.name === m.name;
}

/** What the planner makes of one call's run of the method's query; undefined when some path is not understood. */
function callerVerdict(ctx: DjCtx, c: Caller, m: MethodKey): string | undefined {
  const paths = alternativesOf(() => {
    const evs = evaluationsOf(c.tr, c.call, m);
    if (evs.length !== 1) return undefined;
    try {
      return evs[0]!.tr.synthesizeAll(evs[0]!.q, evs[0]!.terminal, c.call.start, [], c.call, c.call);
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      return undefined;
    }
  });
  return paths.length && ctx.verdict ? ctx.verdict(paths.flat()) : undefined;
}

/** The first visible call when every call of the method is judged alike and scans (reported inside), else undefined. */
function agreedCaller(ctx: DjCtx, m: MethodKey): Caller | undefined {
  const key = `${m.file}\u0000${m.cls}\u0000${m.name}`;
  return memo.get(ctx.py, ctx.py.generation, key, () => {
    const calls = ctx.verdict ? ctx.py.callsOf(m.name, MAX_CALLS + 1) : [];
    if (calls.length > MAX_CALLS) return undefined;
    const callers: Caller[] = [];
    const verdicts: (string | undefined)[] = [];
    for (const c of calls) {
      const tr = new DjangoTranslator(ctx, c.tree, scopesOf(c.tree), c.file);
      const caller = { tr, call: c.call, tree: c.tree };
      if (evaluationsOf(tr, c.call, m).length) {
        callers.push(caller);
        verdicts.push(callerVerdict(ctx, caller, m));
        continue;
      }
      // A call of another function of that name is not a call of this method; an unresolved one may be.
      const other = resolveCallee(tr, c.call);
      if (!other || sameMethod(other.fn, m)) verdicts.push(undefined);
    }
    const p = callers.length ? placeByCallers(verdicts) : undefined;
    return p && reportedInside(p) ? callers[0] : undefined;
  });
}

/** At a call: the evaluations of custom methods that stay at the call (those every caller agrees on are reported inside). */
export function customEvaluationsAtCall(tr: DjangoTranslator, ctx: DjCtx, call: PyNode): Evaluation[] {
  return customEvaluations(tr, call).filter((e) => {
    const m = e.method ? keyOfFn(e.method) : undefined;
    return !m || !agreedCaller(ctx, m);
  });
}

/** In the method's own file: its query on `self` that every visible call runs alike, reported where it runs. */
export function agreedInCustomMethod(t: PyTree, ctx: DjCtx, file: string | undefined, fnNode: PyNode): PyRun[] {
  const nameNode = field(fnNode, 'name');
  const cls = file && nameNode ? enclosingClass(t, file, nameNode) : undefined;
  const info = cls ? ctx.py.method(cls, textOf(t, nameNode!)) ?? cls.methods.get(textOf(t, nameNode!)) : undefined;
  if (!info || info.unit.file !== file) return [];
  const m = keyOfFn(info);
  const first = m ? agreedCaller(ctx, m) : undefined;
  if (!m || !first) return [];
  const paths = alternativesOf(() => {
    const evs = evaluationsOf(first.tr, first.call, m);
    if (evs.length !== 1) return undefined;
    const r = evs[0]!;
    // The node of the checked tree at the same offset within the method as the evaluation.
    let here: PyNode | undefined;
    walk(fnNode, (x) => {
      if (!here && x.type === r.site.node.type && x.start - fnNode.start === r.site.node.start - info.node.start) here = x;
    });
    if (!here) return undefined;
    // A chain spread over lines is reported at its terminal method's name, where it runs.
    const at = here.type === 'call' ? (calleeName(here) ?? here) : here;
    try {
      return r.tr.synthesizeAll(r.q, r.terminal, here.start, [{ tree: first.tree, node: calleeName(first.call) ?? first.call, message: 'the queryset comes from this call (every caller alike)' }], at, at);
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      return undefined;
    }
  });
  return paths.length ? [mergeAlternatives(paths)] : [];
}
