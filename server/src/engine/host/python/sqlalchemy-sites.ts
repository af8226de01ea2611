/**
 * SQLAlchemy execution sites: where a file runs a statement (`session.execute()`/`scalars()`…,
 * legacy `Query` terminals, `list()`/iteration, helpers and inherited repository methods that
 * execute one) and hands it to `SaTranslator` (`sqlalchemy.ts`).
 */
import { EXTENSION_TERMINALS } from './sqlalchemy-query-extensions';
import { callArgs, field, named, type PyNode, type PyTree, type ScopeIndex, scopeOf, selfSites, textOf, unparen, walk } from './ast';
import { alternativesOf } from './branches';
import { runningFunction } from './closures';
import { mergeAlternatives, type PyRun, Unknown } from './synth';
import { calleeName, enclosingClass, forwardedCall, runForSingleCaller } from './calls';
import { scopesOf } from './summaries';
import { type SaCtx, SaTranslator } from './sqlalchemy';
import { lazyLoads } from './sqlalchemy-lazy';
import { unitOfWorkRuns } from './sqlalchemy-unit-of-work';
import { callerViews } from './sqlalchemy-callers';
import { overriddenByQueryClass } from './sqlalchemy-query-class';
import { builderRun, executedWithReceiver, forSubclasses } from './sqlalchemy-callees';
import { callersDiffer, perCallerRuns } from './sqlalchemy-per-caller';
import { appPagerStatement, paginatedStatement } from './sqlalchemy-pagination';
import { escapingStatement } from './sqlalchemy-escaping';
import { agreedHelperOf } from './sqlalchemy-agreed-callers';
import { isClassMethod } from './sqlalchemy-hybrids';
import { constructedRuns, heldStatementRuns, selfAttributeRead } from './sqlalchemy-held-statements';

export const EXECUTE = new Set(['execute', 'exec', 'scalars', 'scalar', 'stream', 'stream_scalars', 'scalar_one', 'scalar_one_or_none', 'paginate', 'first_or_404', 'one_or_404']);
/** Legacy `Query` terminals, Flask-SQLAlchemy's `…_or_404` and `paginate()` included (`yield_per()` returns the `Query`: it runs when iterated). */
export const QUERY_TERMINAL = new Set(['all', 'first', 'one', 'one_or_none', 'scalar', 'count', 'update', 'delete', 'exists', 'get', 'partitions', 'get_or_404', 'first_or_404', 'one_or_404', 'paginate']);
export const EVALUATING_CALLS = new Set(['list', 'len', 'tuple', 'set', 'sorted', 'enumerate']);

export function sqlalchemyQueries(t: PyTree, ctx: SaCtx, scopes: ScopeIndex, file: string | undefined): PyRun[] {
  const tr = new SaTranslator(ctx, t, scopes, file);
  const out: PyRun[] = [];
  walk(t.root, (n) => {
    if (n.type === 'call') {
      // A helper with this one visible caller is judged where it executes the statement (executedForCaller).
      // So is a helper whose several visible callers all get the same scanning verdict (callersAgreeInside).
      const byCallee = tr.evaluatedByCallee(n).length > 0;
      const only = byCallee && (ctx.py.callsOf(textOf(t, calleeName(n) ?? n), 2).length === 1 || !!agreedHelperOf(ctx, tr, n));
      for (const r of only ? [] : tr.evaluatedByCallee(n)) out.push(r.tr.synthesize(r.q, r.terminal, [r.site], calleeName(n) ?? n, n, n.start));
      out.push(...receiverRuns(tr, n));
      // A helper whose callers make its statement differ: judged here with this call's arguments.
      out.push(...perCallerRuns(tr, ctx, n, executionAt));
      // A wrapper class's constructions that make the statement it holds differ: judged at this one.
      out.push(...constructedRuns(tr, ctx, n));
      // `get_object_or_404(Lead.get_by_id, pk)`: a helper that calls the function it is given.
      const fwd = forwardedCall(tr, n);
      if (fwd) {
        for (const r of [...tr.evaluatedByCallee(fwd), ...executedWithReceiver(tr, fwd)]) out.push(r.tr.synthesize(r.q, r.terminal, [r.site], calleeName(fwd) ?? n, n, n.start));
      }
      const b = builderRun(tr, n);
      if (b) {
        try {
          out.push(b.tr.synthesize(b.q, b.terminal, [b.site], calleeName(n) ?? n, n, n.start));
        } catch (x) {
          if (!(x instanceof Unknown)) throw x;
        }
      }
    }
    if (n.type === 'function_definition') {
      const r = escapingStatement(tr, n);
      if (r) out.push(tr.synthesize(r, undefined, [], field(n, 'name') ?? n, n, n.start));
      out.push(...executedForCaller(t, ctx, file, n));
      return;
    }
    if (n.type === 'call') {
      const fn = field(n, 'function');
      if (fn?.type === 'attribute' && (textOf(t, field(fn, 'attribute')!) === 'get' || textOf(t, field(fn, 'attribute')!) === 'get_or_404')) {
        // `session.get(Lead, pk)`: a primary-key lookup.
        const q = tr.byPrimaryKey(callArgs(t, n).positional[0], callArgs(t, n).positional[1] ?? callArgs(t, n).keywords.get('ident'));
        if (q) {
          out.push(tr.synthesize(q, 'first', [], n, n, n.start));
          return;
        }
      }
    }
    const app = n.type === 'call' ? appPagerStatement(ctx.py, t, file, n) : undefined;
    const e = executionAt(t, n) ?? (app ? { ...app, terminal: undefined } : undefined);
    if (!e) return;
    // `Lead.query.delete(project, id)` with the model's `query_class` defining `delete`: not the ORM's.
    if (e.terminal && overriddenByQueryClass(tr, e.target, e.method ?? e.terminal)) return;
    // One translation per path through conditional refinements (`if since: stmt = stmt.where(...)`),
    // the paths the visible callers' arguments leave open when every caller is known.
    const paths = fewCallers(t, ctx, runningFunction(t, scopeOf(n))) ? knownPaths : alternativesOf;
    const own = paths(() => {
      let q = tr.tryStatement(e.target);
      // No statement on this path (`journal = []`): none of its runs.
      if (!q && tr.noRun) return [];
      if (!q || (e.legacy && q.kind !== 'query') || (!e.legacy && q.kind === 'query')) return undefined;
      if (e.terminal === 'get' || e.terminal === 'get_or_404') {
        // `session.query(Lead).get(ident)`: by primary key (a composite key's tuple may hold the partition key).
        const pk = q.entitySelect ? tr.byPrimaryKey(q.modelNode, callArgs(t, n).positional[0]) : undefined;
        if (!pk) return undefined;
        q = { ...q, where: [...q.where, ...pk.where] };
      }
      try {
        return [tr.synthesize(q, e.terminal, [], calleeName(unparen(e.target)) ?? (unparen(e.target)?.type === 'identifier' ? unparen(e.target)! : n), n, n.start)];
      } catch (x) {
        if (!(x instanceof Unknown)) throw x;
        return undefined;
      }
    });
    // A site is judged with the paths its visible callers leave open. One its function cannot
    // translate on its own (`filter_by(**{field: value})` in a classmethod, `query(model).filter(cond)`
    // with the model and condition the callers pass) only with two callers or more: a single
    // caller's run, and an inherited instance method reading `self.model`, are judged at the caller
    // (`executedForCaller`, `receiverRuns`).
    const fnOf = scopeOf(n);
    // A method running the statement its object was constructed with (`self._query.count()`).
    const heldAttr = own.length ? undefined : selfAttributeRead(t, e.target, fnOf);
    const held = heldAttr ? heldStatementRuns(ctx, t, file, n, fnOf, heldAttr, n) : undefined;
    if (held === 'at-callers') return;
    if (held) {
      out.push(held);
      return;
    }
    const classMethod = fnOf.type === 'function_definition' && isClassMethod(t, fnOf);
    const perCaller = byCallers(ctx, t, file, n, e, paths, own.length ? 1 : fnOf.type === 'function_definition' ? (classMethod ? 2 : 1) : Infinity, own.length > 0 || classMethod);
    // Callers that make the statement differ: judged at each call (`perCallerRuns`), not here.
    if (perCaller === 'at-callers') return;
    const runs = (perCaller ?? own).filter((r) => r.length > 0);
    if (runs.length) out.push(mergeAlternatives(runs));
    else {
      // In a generic base's classmethod: once per visible subclass that names its model.
      const fnNode = scopeOf(n);
      for (const s of fnNode.type === 'function_definition' ? forSubclasses(tr, fnNode) : []) {
        // One translation per path through the `if`s its helpers take (`if cls.base_filter is not None`).
        const subRuns = alternativesOf(() => {
          const q = s.tr.tryStatement(e.target);
          if (!q || (e.legacy && q.kind !== 'query') || (!e.legacy && q.kind === 'query')) return undefined;
          try {
            return [s.tr.synthesize(q, e.terminal, [{ tree: s.cls.unit.tree, node: s.cls.node.children.find((c) => c.field === 'name') ?? s.cls.node, message: `runs for ${s.cls.name} (${q.model.className})` }], n, n, n.start)];
          } catch (x) {
            if (!(x instanceof Unknown)) throw x;
            return undefined;
          }
        });
        if (subRuns.length) out.push(mergeAlternatives(subRuns));
      }
    }
  });
  out.push(...lazyLoads(t, ctx, tr, scopes), ...unitOfWorkRuns(t, ctx, tr, scopes));
  return out;
}

/**
 * The statements an inherited method runs for the call's receiver, one translation per path
 * through the method's `if`s (`if None not in [k, v]: q = q.filter_by(**{k: v})`); a path
 * on which some execution cannot be translated makes them all unknown.
 */
function receiverRuns(tr: SaTranslator, n: PyNode): PyRun[] {
  let width = -1;
  const paths = alternativesOf(() => {
    const rs = executedWithReceiver(tr, n).map((r) => r.tr.synthesize(r.q, r.terminal, [r.site], calleeName(n) ?? n, n, n.start));
    if (!rs.length || (width >= 0 && rs.length !== width)) return undefined;
    width = rs.length;
    return rs;
  });
  if (!paths.length) return [];
  return paths[0]!.map((_, i) => mergeAlternatives(paths.map((p) => [p[i]!])));
}

/**
 * The runs of an execution site judged once per visible caller of its function (`callerViews`),
 * undefined when the callers are not all known or some caller's translation fails. `anyReceiver`:
 * whether calls on a subclass's instance are judged here too.
 */
function byCallers(ctx: SaCtx, t: PyTree, file: string | undefined, n: PyNode, e: NonNullable<ReturnType<typeof executionAt>>, paths: <T>(f: () => T | undefined) => T[], minCallers: number, anyReceiver: boolean): PyRun[][] | 'at-callers' | undefined {
  // A callback the function runs (`def thd(conn)` handed to `pool.do`) is judged with that function's callers.
  const fnNode = runningFunction(t, scopeOf(n));
  const views = fnNode.type === 'function_definition' ? callerViews(ctx, t, file, fnNode) : undefined;
  if (!views || views.length < minCallers) return undefined;
  // An instance method called on a subclass's instance whose statement reads the receiver (`self.model`)
  // is judged at those calls (`receiverRuns`); one that does not is the same statement for every receiver.
  const own = file ? enclosingClass(t, file, field(fnNode, 'name') ?? n) : undefined;
  const foreign = views.filter((v) => v.tr.env?.selfClass && v.tr.env.selfClass.name !== own?.name);
  const out: PyRun[][] = [];
  const perView: PyRun[][] = [];
  for (const v of views) {
    const runs = paths(() => {
      const q = v.tr.tryStatement(e.target);
      if (!q || (e.legacy && q.kind !== 'query') || (!e.legacy && q.kind === 'query') || e.terminal === 'get' || e.terminal === 'get_or_404') return undefined;
      try {
        return [v.tr.synthesize(q, e.terminal, [v.related], calleeName(unparen(e.target)) ?? (unparen(e.target)?.type === 'identifier' ? unparen(e.target)! : n), n, n.start)];
      } catch (x) {
        if (!(x instanceof Unknown)) throw x;
        return undefined;
      }
    });
    if (!runs.length) return undefined;
    out.push(...runs);
    perView.push(runs.flat());
  }
  if (!anyReceiver && foreign.some((v) => v.tr.selfHeld.v)) return undefined;
  // One caller whose statement the function runs is judged where it runs it (`executedForCaller`).
  if (views.length === 1 && views[0]!.tr.env?.used.v) return undefined;
  return callersDiffer(ctx, perView) ? 'at-callers' : out;
}

const FAILED: unique symbol = Symbol('failed');

/**
 * The translations of the paths through conditional refinements, without the paths we cannot
 * translate when the first one (no undecided `if` taken) is known: an opaque refinement under
 * an `if` (`if lead_filter: stmt = stmt.where(lead_filter.as_sql_filter())`) says nothing about
 * the path that skips it, which is judged on its own.
 */
/**
 * Whether the function holding a site has at most one visible caller: with several, callers
 * may decide the skipped refinement differently, and the site is judged at none of them.
 */
function fewCallers(t: PyTree, ctx: SaCtx, fnNode: PyNode): boolean {
  const name = fnNode.type === 'function_definition' ? field(fnNode, 'name') : undefined;
  return name !== undefined && ctx.py.callsOf(textOf(t, name), 2).length <= 1;
}

function knownPaths<T>(translate: () => T | undefined): T[] {
  let k = 0;
  const rs = alternativesOf<T | typeof FAILED>(() => {
    const r = translate();
    if (r !== undefined) return (k++, r);
    return k++ === 0 ? undefined : FAILED;
  });
  return rs.filter((r): r is T => r !== FAILED);
}

const sitesByFn = new WeakMap<PyNode, PyNode[]>();

/** The nodes of a function (not of functions nested in it) that run a statement reading `self`, remembered per function node. */
export function executionSites(t: PyTree, fn: PyNode): PyNode[] {
  return selfSites(sitesByFn, t, fn, executionAt);
}

/**
 * A node that runs a statement: `session.execute(stmt)` / `scalars` (target: the statement), a
 * legacy `Query` ended by `all()`/`first()`/`count()`…, iterated or passed to `list()`.
 */
export function executionAt(t: PyTree, n: PyNode): { target: PyNode; terminal: string | undefined; legacy: boolean; method?: string } | undefined {
  if (n.type === 'call') {
    const fn = field(n, 'function');
    const paged = paginatedStatement(t, n);
    if (paged) return { ...paged, terminal: undefined };
    if (fn?.type === 'attribute') {
      const name = textOf(t, field(fn, 'attribute')!);
      const first = EXECUTE.has(name) ? callArgs(t, n).positional[0] : undefined;
      if (first) return { target: first, terminal: undefined, legacy: false };
      const obj = field(fn, 'object');
      if (QUERY_TERMINAL.has(name) && obj) return { target: obj, terminal: name, legacy: true };
      // oslo.db's `query.soft_delete()`: an UPDATE with the query's criteria.
      const ext = EXTENSION_TERMINALS.get(name);
      if (ext && obj) return { target: obj, terminal: ext, legacy: true, method: name };
    } else if (fn?.type === 'identifier' && EVALUATING_CALLS.has(textOf(t, fn))) {
      const a = callArgs(t, n).positional[0];
      return a ? { target: a, terminal: undefined, legacy: true } : undefined;
    }
  } else if (n.type === 'subscript') {
    // `query[:20]` / `query[0]`: `Query.__getitem__` runs the query with LIMIT/OFFSET.
    const v = field(n, 'value');
    const s = field(n, 'subscript');
    if (v && (s?.type === 'slice' || s?.type === 'integer')) return { target: v, terminal: s.type === 'integer' ? 'first' : undefined, legacy: true };
    // `self._query[index]` in a sequence's `__getitem__`: the index it is given (a slice or a position).
    if (v && s?.type === 'identifier' && indexParameter(t, s)) return { target: v, terminal: undefined, legacy: true };
  } else if (n.type === 'for_statement' || n.type === 'for_in_clause') {
    const r = field(n, 'right');
    return r ? { target: r, terminal: undefined, legacy: true } : undefined;
  } else if (n.type === 'yield' && n.children.some((c) => !c.named && c.type === 'from')) {
    // `yield from query` (a generator property over a query): iterating it runs the query.
    const r = n.children.find((c) => c.named && c.type !== 'comment');
    return r ? { target: r, terminal: undefined, legacy: true } : undefined;
  }
  return undefined;
}

/**
 * A helper that executes a statement passed to it (`def paginate(session, stmt, page):
 * session.scalars(stmt.limit(…))`) and has exactly one visible caller: judged where it executes
 * it, with the statement that caller passes (one alternative per conditional path).
 */
function executedForCaller(t: PyTree, ctx: SaCtx, file: string | undefined, fnNode: PyNode): PyRun[] {
  return runForSingleCaller(t, ctx.py, file, fnNode, (c) => new SaTranslator(ctx, c.tree, scopesOf(c.tree), c.file), (r, here, caller) => [
    r.tr.synthesize(r.q, r.terminal, [{ ...caller, message: 'the statement comes from this call' }], here, here, here.start),
  ]);
}

/** Whether `i` is the index parameter of the `__getitem__` it is read in. */
function indexParameter(t: PyTree, i: PyNode): boolean {
  const fn = scopeOf(i);
  const name = fn.type === 'function_definition' ? field(fn, 'name') : undefined;
  const params = field(fn, 'parameters');
  const p = params ? named(params)[1] : undefined;
  return name !== undefined && textOf(t, name) === '__getitem__' && p?.type === 'identifier' && textOf(t, p) === textOf(t, i);
}
