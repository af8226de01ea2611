/**
 * Django evaluation sites: where a file evaluates a queryset (terminal methods, iteration,
 * `list()`/`len()`, indexing, template contexts, DRF serializers, generic views, helpers that
 * evaluate a parameter, instance writes) and where each finding is reported. The translation
 * itself is `DjangoTranslator` (`django.ts`).
 */
import { withCascades } from './django-cascades';
import { callArgs, field, lastName, named, type PyNode, type PyTree, ScopeIndex, scopeOf, selfSites, statementOf, textOf, unparen, walk } from './ast';
import type { DjQuery } from './django-lookups';
import { alternativesOf } from './branches';
import { mergeAlternatives, type PyRun, type Site, Unknown } from './synth';
import { calleeName, forwardedCall, resolveCallee, runForSingleCaller } from './calls';
import { agreedInHelper, callerOutcome, differingCallerRuns } from './django-caller-verdicts';
import { scopesOf } from './summaries';
import { type DjCtx, DjangoTranslator } from './django';
import { escaping, objectModel, objectQuery, viewQuery } from './django-views';
import { permissionObjectLoad } from './django-permissions';
import { forwardRelationLoad } from './django-fk-reads';
import { customEvaluations, iteratedByClass } from './django-callees';
import { agreedInCustomMethod, customEvaluationsAtCall } from './django-custom-placement';
import { byPrimaryKey, feedItems, fieldQueryset } from './django-handoffs';
import { inheritedHandlerRuns } from './django-inherited-handlers';
import { handOverSite, isPage } from './django-paginator';
export { pagedQueryset } from './django-paginator';
import { truthTested } from './truth-tests';
import { servedFromCache } from './django-result-cache';
import { servedByPrefetch } from './django-prefetch-cache';

export const TERMINAL = new Set([
  'get', 'count', 'exists', 'first', 'last', 'earliest', 'latest', 'update', 'delete', 'iterator', 'aggregate',
  'in_bulk', 'get_or_create', 'update_or_create', 'contains', 'explain', 'bulk_update',
]);
export const EVALUATING_CALLS = new Set(['list', 'len', 'tuple', 'set', 'sorted', 'bool', 'sum', 'any', 'all', 'max', 'min', 'enumerate', 'dict', 'frozenset']);
/** Django's shortcuts that run `get()` / `filter()` on a model, manager or queryset. */
const SHORTCUTS = new Set(['get_object_or_404', 'get_list_or_404']);

/** The first argument of `get_object_or_404(…)` / `get_list_or_404(…)`. */
export function shortcutArg(t: PyTree, n: PyNode): boolean {
  const call = n.parent?.parent;
  const f = call?.type === 'call' ? field(call, 'function') : undefined;
  return n.parent?.type === 'argument_list' && f?.type === 'identifier' && SHORTCUTS.has(textOf(t, f)) && callArgs(t, call!).positional[0] === n;
}

/** Finds every evaluated queryset in a file and translates it. */
export function djangoQueries(t: PyTree, ctx: DjCtx, scopes: ScopeIndex, file: string | undefined): PyRun[] {
  const tr = new DjangoTranslator(ctx, t, scopes, file);
  const out: PyRun[] = [];
  const emit = (q: DjQuery, terminal: { name: string; call: PyNode } | undefined, at: PyNode, extra: Site[] = [], fallback?: PyNode): void => {
    try {
      out.push(...tr.synthesizeAll(q, terminal, at.start, extra, fallback ?? at, at));
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
    }
  };
  walk(t.root, (n) => {
    const load = n.type === 'attribute' ? permissionObjectLoad(tr, n) : undefined;
    if (load) out.push(load);
    const fkLoad = n.type === 'attribute' ? forwardRelationLoad(tr, ctx.models, n) : undefined;
    if (fkLoad) out.push(fkLoad);
    const write = n.type === 'call' ? tr.instanceWrite(n, (v) => objectModel(tr, v)) : undefined;
    if (write) {
      out.push(write);
      return;
    }
    let target: PyNode | undefined;
    let terminal: { name: string; call: PyNode } | undefined;
    if (n.type === 'call') {
      const fn = field(n, 'function');
      if (fn?.type === 'attribute') {
        const name = textOf(t, field(fn, 'attribute')!);
        if (TERMINAL.has(name)) {
          target = field(fn, 'object');
          terminal = { name, call: n };
        }
      } else if (fn?.type === 'identifier' && EVALUATING_CALLS.has(textOf(t, fn))) target = callArgs(t, n).positional[0];
      else if (fn?.type === 'identifier' && SHORTCUTS.has(textOf(t, fn))) {
        // `get_object_or_404(Lead, pk=pk)`: `get()` (or `filter()`) on the model's default manager.
        target = callArgs(t, n).positional[0];
        terminal = { name: textOf(t, fn), call: n };
      }
      if (!target) {
        // One translation per path through the view's `get_queryset` (`.none()` paths send nothing).
        pushPaths(out, alternativesOf(() => {
          const obj = objectQuery(tr, n);
          if (obj === 'none') return [];
          if (!obj) return undefined;
          try {
            return tr.synthesizeAll(obj, undefined, n.start, [], n, n);
          } catch (e) {
            if (!(e instanceof Unknown)) throw e;
            return undefined;
          }
        }));
        const handSite = handOverSite(t, n);
        for (const v of handedOver(t, n)) {
          const runs = alternativesOf(() => {
            tr.reset();
            const q = tr.tryQuery(v);
            if (!q) return undefined;
            // A path ending in `.none()` sends nothing; the other paths still run.
            if (q.none) return [];
            try {
              // A paginator asked later in the function is reported where it is asked.
              return tr.synthesizeAll(q, undefined, handSite.start, [], handSite === n ? v : handSite, handSite);
            } catch (e) {
              if (!(e instanceof Unknown)) throw e;
              return undefined;
            }
          });
          pushPaths(out, runs);
        }
        // `PrimaryKeyRelatedField(queryset=…)`: DRF looks each submitted id up in it (forms list every row).
        const handed = fieldQueryset(t, n);
        if (handed) pushPaths(out, alternativesOf(() => judged(tr, handed.node, n, handed.byPk)));
        // A visible function that evaluates the queryset passed to it (judged in that function
        // when this is its one visible caller), or an inherited method that evaluates a queryset
        // on the receiver's model.
        const byCallee = tr.evaluatedByCallee(n);
        const only = byCallee.length > 0 && ctx.py.callsOf(textOf(t, calleeName(n) ?? n), 2).length === 1;
        // A call is reported only for the helper's direct runs of the parameter. Runs of locals it
        // derives from it are reported inside the helper when it has one caller, and not at all
        // with several: the callers' verdicts are not compared for Django yet, and blaming each
        // call for a statement that runs in the helper misplaced findings on unseen code.
        // Runs of the parameter itself that every visible caller's queryset gets alike are the helper's (placement.ts): reported inside it.
        const helper = only || !byCallee.length ? undefined : resolveCallee(tr, n);
        const agreed = !!helper && callerOutcome(ctx, helper.fn, 'direct') === 'agree';
        const atCall = only || agreed ? [] : tr.evaluatedByCallee(n, false);
        // Several callers whose querysets a local the helper derives runs with different verdicts: each scanning call is reported here.
        if (!only) out.push(...differingCallerRuns(tr, ctx, n));
        // `get_or_404(Lead.objects_of, pk)`: a helper that calls the function it is given.
        const fwd = forwardedCall(tr, n);
        const forwarded = fwd ? [...tr.evaluatedByCallee(fwd), ...tr.executedWithReceiver(fwd), ...customEvaluations(tr, fwd)] : [];
        for (const r of [...atCall, ...tr.executedWithReceiver(n), ...customEvaluationsAtCall(tr, ctx, n), ...forwarded]) {
          try {
            out.push(...r.tr.synthesizeAll(r.q, r.terminal, n.start, [r.site], calleeName(forwarded.includes(r) ? fwd : n) ?? n, n));
          } catch (e) {
            if (!(e instanceof Unknown)) throw e;
          }
        }
      }
    } else if (n.type === 'assignment' && contextEntry(t, n)) {
      // `context["leads"] = qs` in `get_context_data`: the template evaluates it.
      tr.reset();
      const v = field(n, 'right')!;
      const q = tr.tryQuery(v);
      if (q && !q.none) emit(q, undefined, n, [], v);
      return;
    } else if (n.type === 'for_statement' || n.type === 'for_in_clause') {
      target = field(n, 'right');
      const r = unparen(target);
      // One translation per path through the `if`s of `__iter__`.
      const runs = r?.type !== 'call' ? [] : alternativesOf(() => {
        const evs = iteratedByClass(tr, r);
        if (evs.length !== 1) return undefined;
        try {
          return evs[0]!.tr.synthesizeAll(evs[0]!.q, evs[0]!.terminal, n.start, [evs[0]!.site], r, n);
        } catch (x) {
          if (!(x instanceof Unknown)) throw x;
          return undefined;
        }
      });
      if (runs.length) out.push(mergeAlternatives(runs));
    }
    else if (n.type === 'identifier' && truthTested(n)) {
      // `if qs:` / `qs or default`: a local holding a queryset, tested for truth, fetches its rows.
      target = n;
    } else if (n.type === 'subscript') {
      const sub = field(n, 'subscript');
      if (sub && (sub.type === 'integer' || (sub.type === 'unary_operator' && /^-?\d+$/.test(textOf(t, sub))))) target = field(n, 'value');
    } else if (n.type === 'class_definition') {
      // One translation per path through conditional refinements in `get_queryset`.
      const runs = alternativesOf(() => {
        const r = viewQuery(tr, n);
        if (r === 'none') return [];
        try {
          return r ? tr.synthesizeAll(r.q, undefined, r.at.start, [], r.at, r.q.anchor?.node === r.at ? r.at : undefined) : undefined;
        } catch (e) {
          if (!(e instanceof Unknown)) throw e;
          return undefined;
        }
      });
      pushPaths(out, runs);
      out.push(...inheritedHandlerRuns(tr, n));
    } else if (n.type === 'function_definition') {
      out.push(...evaluatedForCaller(t, ctx, file, n));
      out.push(...agreedInHelper(t, ctx, file, n), ...agreedInHelper(t, ctx, file, n, 'direct'), ...agreedInCustomMethod(t, ctx, file, n));
      // A feed's `items()`: the syndication framework iterates what it returns.
      for (const v of feedItems(t, ctx.py, file, n)) pushPaths(out, alternativesOf(() => judged(tr, v, v, false)));
      // Evaluated "in" the function: a queryset held by `self` is reported where the function reads it.
      for (const r of escaping(tr, n)) {
        try {
          out.push(...tr.synthesizeAll(r.q, undefined, r.at.start, [], r.at, field(n, 'body') ?? undefined));
        } catch (e) {
          if (!(e instanceof Unknown)) throw e;
        }
      }
    }
    if (!target) return;
    // A later evaluation of a local queryset whose rows are already cached sends nothing.
    if (servedFromCache(t, n, target, terminal)) return;
    // A related manager that the enclosing loop's `prefetch_related` filled answers from that cache.
    if (servedByPrefetch(tr, target, terminal)) return;
    const t0 = target;
    // One translation per path through conditional refinements (`if since: qs = qs.filter(...)`).
    const runs = alternativesOf(() => {
      tr.reset();
      const q = tr.tryQuery(t0);
      if (!q) return undefined;
      if (q.none) return [];
      try {
        return tr.synthesizeAll(q, terminal, n.start, [], calleeName(unparen(t0)) ?? (unparen(t0)?.type === 'identifier' ? unparen(t0)! : n), n);
      } catch (e) {
        if (!(e instanceof Unknown)) throw e;
        return undefined;
      }
    });
    pushPaths(out, runs);
  });
  // A delete first acts on the rows whose foreign keys point at the deleted ones (`on_delete`).
  return out.map((r) => withCascades(ctx.models, r));
}

/** A queryset the framework evaluates (`byPk`: with `get(pk=…)`), reported at `at`; undefined when not understood. */
function judged(tr: DjangoTranslator, v: PyNode, at: PyNode, byPk: boolean): PyRun[] | undefined {
  tr.reset();
  const q = tr.tryQuery(v);
  if (!q) return undefined;
  if (q.none) return [];
  try {
    return tr.synthesizeAll(byPk ? byPrimaryKey(q) : q, undefined, at.start, [], v, at);
  } catch (e) {
    if (!(e instanceof Unknown)) throw e;
    return undefined;
  }
}

/**
 * The runs of one evaluation per path, as one run: a path whose queryset is `.none()` (Django
 * raises `EmptyResultSet` and sends no SQL) is left out, the other paths are judged.
 */
function pushPaths(out: PyRun[], paths: readonly PyRun[][]): void {
  const sent = paths.filter((p) => p.length > 0);
  if (sent.length) out.push(mergeAlternatives(sent));
}

/** `context["x"] = …` in a `get_context_data` that returns `context`: a template context entry. */
function contextEntry(t: PyTree, a: PyNode): boolean {
  const left = unparen(field(a, 'left'));
  const holder = left?.type === 'subscript' ? unparen(field(left, 'value')) : undefined;
  if (holder?.type !== 'identifier' || !field(a, 'right')) return false;
  const fn = scopeOf(a);
  if (fn.type !== 'function_definition' || textOf(t, field(fn, 'name')!) !== 'get_context_data') return false;
  const body = field(fn, 'body');
  const last = body ? named(body).at(-1) : undefined;
  const ret = last?.type === 'return_statement' ? named(last)[0] : undefined;
  return !!ret && textOf(t, ret) === textOf(t, holder);
}

const sitesByFn = new WeakMap<PyNode, PyNode[]>();

/** The nodes of a function (not of nested ones) that evaluate a queryset reading `self`, remembered per function node. */
export function evaluationSites(t: PyTree, fn: PyNode): PyNode[] {
  return selfSites(sitesByFn, t, fn, evaluationAt);
}

/** A node that evaluates a queryset: a terminal method, `list()`/`len()`…, a loop, an index, a truth test. */
export function evaluationAt(t: PyTree, n: PyNode): { target: PyNode; terminal: { name: string; call: PyNode } | undefined } | undefined {
  if (n.type === 'call') {
    const fn = field(n, 'function');
    if (fn?.type === 'attribute') {
      const name = textOf(t, field(fn, 'attribute')!);
      const obj = field(fn, 'object');
      return TERMINAL.has(name) && obj ? { target: obj, terminal: { name, call: n } } : undefined;
    }
    const first = fn?.type === 'identifier' && EVALUATING_CALLS.has(textOf(t, fn)) ? callArgs(t, n).positional[0] : undefined;
    return first ? { target: first, terminal: undefined } : undefined;
  }
  if (n.type === 'for_statement' || n.type === 'for_in_clause') {
    const r = field(n, 'right');
    return r ? { target: r, terminal: undefined } : undefined;
  }
  // `if qs:` / `qs or default`: a local holding a queryset, tested for truth, fetches its rows.
  if (n.type === 'identifier' && truthTested(n)) return { target: n, terminal: undefined };
  return undefined;
}

/**
 * Where a finding goes in the checked tree: the model name when the query was built in the
 * function that evaluates it, else the call through which it reached that function.
 */
export function reportAt(q: { readonly tree: PyTree; readonly modelNode: PyNode; readonly anchor?: { readonly tree: PyTree; readonly node: PyNode } }, checked: PyTree, fallback: PyNode, evaluation?: PyNode): PyNode {
  const anchor = q.anchor?.tree === checked ? q.anchor.node : undefined;
  const place = q.tree === checked && !(anchor && evaluation && scopeOf(q.modelNode) !== scopeOf(evaluation)) ? q.modelNode : (anchor ?? fallback);
  // A model named outside every function (`model = Lead` in a view class) says nothing about the
  // query, which is reported where it runs.
  if (evaluation && place === q.modelNode && fallback.start >= 0 && !enclosingFunction(place) && enclosingFunction(evaluation)) return fallback;
  // Built in an earlier statement of the same function (`qs = …`, then `qs.count()`): reported where it runs.
  if (evaluation && place !== fallback && fallback.start >= 0 && scopeOf(place) === scopeOf(evaluation) && statementOf(place) !== statementOf(evaluation) && statementOf(fallback) === statementOf(evaluation)) return fallback;
  return place;
}

function enclosingFunction(n: PyNode): PyNode | undefined {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'function_definition' || p.type === 'lambda') return p;
  return undefined;
}

/**
 * Querysets handed to code that evaluates them: a template context (`render(request, "t.html",
 * {"leads": qs})`) or a DRF serializer with `many=True`.
 */
export function handedOver(t: PyTree, call: PyNode): PyNode[] {
  const fn = field(call, 'function');
  const name = lastName(t, fn) ?? '';
  const args = callArgs(t, call);
  if (name === 'render' || name === 'render_to_response' || name === 'TemplateResponse' || name === 'render_to_string') {
    const ctxArg = args.keywords.get('context') ?? (name === 'render_to_string' || name === 'render_to_response' ? args.positional[1] : args.positional[2]);
    const d = unparen(ctxArg);
    if (d?.type !== 'dictionary') return [];
    return named(d).filter((p) => p.type === 'pair').map((p) => field(p, 'value')!).filter((v) => v && !isPage(t, scopesOf(t), v));
  }
  // `Paginator(qs, 25)` counts the queryset and reads a slice of it; so does DRF's `self.paginate_queryset(qs)`.
  if (name === 'Paginator' || (name === 'paginate_queryset' && fn?.type === 'attribute' && textOf(t, field(fn, 'object')!) === 'self')) return args.positional[0] ? [args.positional[0]] : [];
  if ((/Serializer$/.test(name) || name === 'get_serializer') && textOf(t, args.keywords.get('many') ?? call).trim() === 'True') {
    const v = args.positional[0] ?? args.keywords.get('instance');
    return v ? [v] : [];
  }
  return [];
}

/**
 * A helper that evaluates a queryset passed to it (`def export(qs): for x in qs`) and has exactly
 * one visible caller: judged where it evaluates it, with the queryset that caller passes.
 */
function evaluatedForCaller(t: PyTree, ctx: DjCtx, file: string | undefined, fnNode: PyNode): PyRun[] {
  return runForSingleCaller(t, ctx.py, file, fnNode, (c) => new DjangoTranslator(ctx, c.tree, scopesOf(c.tree), c.file), (r, here, caller) =>
    r.tr.synthesizeAll(r.q, r.terminal, here.start, [{ ...caller, message: 'the queryset comes from this call' }], here, here));
}
