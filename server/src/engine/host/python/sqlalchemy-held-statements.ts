/**
 * Wrapper classes over a statement handed to their constructor: Mailman's `QuerySequence(query)`
 * (`__len__` counts it, `__getitem__` indexes it), MediaGoblin's `Pagination(page, cursor)` (counts
 * it in `__init__`, slices it in `__call__`), an application's own pager or iterator. `__init__`
 * keeps the argument in `self.<attr>`; a method runs `self.<attr>`. The method's own file cannot
 * know the statement: it is judged once per visible construction, with that caller's statement,
 * and `query/placement.ts` decides where it is reported (inside when the constructions agree, at
 * the scanning constructions when they differ, nothing when one cannot be judged).
 */
import { callArgs, field, named, type PyNode, type PyTree, textOf, unparen } from './ast';
import { calleeName, classCalled, enclosingClass } from './calls';
import { type ClassInfo, scopesOf } from './summaries';
import { SaTranslator, type SaCtx, type SaQuery } from './sqlalchemy';
import { objectState } from './sqlalchemy-callees';
import { executionAt, executionSites } from './sqlalchemy-sites';
import { placeInFunction } from './sqlalchemy-per-caller';
import { alternativesOf } from './branches';
import { mergeAlternatives, type PyRun, Unknown } from './synth';
import { placeByCallers } from '../../query/placement';

const MAX_CONSTRUCTIONS = 4;

interface Construction {
  readonly tree: PyTree;
  readonly file: string;
  readonly call: PyNode;
  /** The attributes `__init__` sets, translated with this call's arguments. */
  readonly state: ReadonlyMap<string, () => SaQuery | undefined>;
}

/** Every visible `Cls(…)` of a class, or undefined when one may be out of sight or cannot be bound. */
function constructions(ctx: SaCtx, cls: ClassInfo): Construction[] | undefined {
  const calls = ctx.py.callsOf(cls.name, MAX_CONSTRUCTIONS + 1);
  if (!calls.length || calls.length > MAX_CONSTRUCTIONS) return undefined;
  const out: Construction[] = [];
  for (const c of calls) {
    if (callArgs(c.tree, c.call).splat) return undefined;
    const ctr = new SaTranslator(ctx, c.tree, scopesOf(c.tree), c.file);
    const made = classCalled(ctr, c.call);
    // A call of another class of the same name, or a subclass's: not judged here.
    if (!made || made.name !== cls.name || made.unit.file !== cls.unit.file) return undefined;
    const state = objectState(ctr, c.call, cls, 0);
    if (!state?.size) return undefined;
    out.push({ tree: c.tree, file: c.file, call: c.call, state });
  }
  return out;
}

/**
 * One construction's runs of an execution site in method `fn` of `cls` (in tree `t`), reported at
 * `fallback`; undefined when the statement does not come from the object's state or is not known.
 */
function constructionRuns(ctx: SaCtx, t: PyTree, file: string, fn: PyNode, cls: ClassInfo, site: PyNode, c: Construction, fallback: PyNode, evaluation: PyNode): PyRun[] | undefined {
  const e = executionAt(t, site);
  const params = field(fn, 'parameters');
  const self = params ? named(params)[0] : undefined;
  if (!e || self?.type !== 'identifier') return undefined;
  const runs = alternativesOf(() => {
    let fromState = false;
    const state = new Map([...c.state].map(([k, f]) => [k, () => { const q = f(); if (q) fromState = true; return q; }] as const));
    const env = { fn, args: new Map(), selfName: textOf(t, self), selfClass: cls, used: { v: false }, selfState: state };
    const tr = new SaTranslator(ctx, t, scopesOf(t), file, { n: 0 }, env, new Set([fn]));
    const q = tr.tryStatement(e.target);
    if (!q || !fromState || (e.legacy && q.kind !== 'query') || (!e.legacy && q.kind === 'query') || e.terminal === 'get' || e.terminal === 'get_or_404') return undefined;
    try {
      return [tr.synthesize(q, e.terminal, [{ tree: c.tree, node: calleeName(c.call) ?? c.call, message: `judged with the statement this ${cls.name}(…) is given` }], fallback, evaluation, evaluation.start)];
    } catch (x) {
      if (!(x instanceof Unknown)) throw x;
      return undefined;
    }
  });
  return runs.length ? runs.flat() : undefined;
}

/**
 * An execution site in a method of a wrapper class: its runs judged inside (every construction
 * judged alike), 'at-callers' (the constructions differ: each scanning one is reported where it is
 * made) or undefined (not decided by the constructions).
 */
export function heldStatementRuns(ctx: SaCtx, t: PyTree, file: string | undefined, site: PyNode, fn: PyNode, attr: string, fallback: PyNode): PyRun | 'at-callers' | undefined {
  if (!ctx.verdict || !file || fn.type !== 'function_definition') return undefined;
  const cls = enclosingClass(t, file, site);
  const made = cls && keepsParameter(ctx.py, cls, attr) ? constructions(ctx, cls) : undefined;
  if (!cls || !made) return undefined;
  const perView = made.map((c) => constructionRuns(ctx, t, file, fn, cls, site, c, fallback, site));
  const p = placeByCallers(perView.map((r) => (r ? ctx.verdict!(r) : undefined)));
  if (p.at === 'unseen') return undefined;
  if (p.at === 'callers') return 'at-callers';
  return mergeAlternatives(perView.flatMap((r) => r!.map((x) => [x])));
}

/**
 * `Cls(stmt)` of a wrapper class whose constructions differ: the runs of its methods with this
 * call's statement, reported at this call when that statement scans.
 */
export function constructedRuns(tr: SaTranslator, ctx: SaCtx, call: PyNode): PyRun[] {
  if (!ctx.verdict || !tr.file || !ctx.py.indexed(tr.file)) return [];
  const cls = classCalled(tr, call);
  if (!cls) return [];
  const made = constructions(ctx, cls);
  const here = placeInFunction(tr.t, calleeName(call) ?? call);
  const mine = made && here ? made.findIndex((c) => c.file === tr.file && placeInFunction(c.tree, calleeName(c.call) ?? c.call) === here) : -1;
  if (!made || mine < 0) return [];
  const out: PyRun[] = [];
  const t = cls.unit.tree;
  for (const fn of cls.methods.values()) {
    for (const site of executionSites(t, fn.node)) {
      const attr = selfAttributeRead(t, executionAt(t, site)!.target, fn.node);
      if (!attr || !keepsParameter(ctx.py, cls, attr)) continue;
      const perView = made.map((c) => constructionRuns(ctx, t, cls.unit.file, fn.node, cls, site, c, call, call));
      const p = placeByCallers(perView.map((r) => (r ? ctx.verdict!(r) : undefined)));
      if (p.at === 'callers' && p.scanning.includes(mine)) out.push(mergeAlternatives(perView[mine]!.map((x) => [x])));
    }
  }
  return out;
}

/** The receiver's attribute an execution site's statement is read from (`_query` in `self._query.count()`). */
export function selfAttributeRead(t: PyTree, target: PyNode, fn: PyNode): string | undefined {
  let u = unparen(target);
  while (u?.type === 'call' || (u?.type === 'attribute' && unparen(field(u, 'object'))?.type !== 'identifier')) u = unparen(field(u.type === 'call' ? field(u, 'function')! : u, 'object'));
  const o = u?.type === 'attribute' ? unparen(field(u, 'object')) : undefined;
  const params = field(fn, 'parameters');
  const self = params ? named(params)[0] : undefined;
  return o?.type === 'identifier' && self?.type === 'identifier' && textOf(t, o) === textOf(t, self) ? textOf(t, field(u!, 'attribute')!) : undefined;
}

/**
 * Whether `__init__` keeps a parameter in `self.<attr>` as it is (`self._query = query`) and no
 * other method assigns it: the object then holds its caller's statement unchanged (a builder
 * object refining `self.q` in its methods is followed through its chain of calls instead).
 */
function keepsParameter(py: SaCtx['py'], cls: ClassInfo, attr: string): boolean {
  const init = py.method(cls, '__init__');
  if (!init || init.owner?.node !== cls.node) return false;
  const assigns = new RegExp(`\\b${init.params[0] ?? 'self'}\\.${attr}\\s*(?:[-+*/|&]?=)(?!=)`);
  for (const m of cls.methods.values()) if (m.node !== init.node && assigns.test(textOf(m.unit.tree, m.node))) return false;
  const body = field(init.node, 'body');
  return (body ? named(body) : []).some((st) => {
    const a = st.type === 'expression_statement' ? named(st)[0] : undefined;
    const l = a?.type === 'assignment' ? unparen(field(a, 'left')) : undefined;
    const r = a ? unparen(field(a, 'right')) : undefined;
    return l?.type === 'attribute' && textOf(init.unit.tree, field(l, 'attribute')!) === attr && r?.type === 'identifier' && init.params.includes(textOf(init.unit.tree, r));
  });
}
