/**
 * Where a Django query built at a call is evaluated by the function it calls: a visible function
 * that evaluates the queryset passed to it (`export(qs)` with `for x in qs`), or a custom manager
 * or QuerySet method that evaluates a query on `self` (`self.get(**kwargs)`). Both are judged at
 * the call with the caller's arguments.
 */
import { callArgs, field, type PyNode, textOf, unparen, walk } from './ast';
import type { DjQuery } from './django-lookups';
import { type DjangoTranslator, type Env, LAZY } from './django';
import { EVALUATING_CALLS, evaluationAt, evaluationSites, handedOver, TERMINAL } from './django-sites';
import { calleeName, classCalled, resolveCallee } from './calls';
import { chainRoot, classInfoOf, type FnInfo, paramDerivedNames, paramEvaluations } from './summaries';
import type { Site } from './synth';
import { judgedInMethod } from './django-manager-self';
import { handOverSite } from './django-paginator';

/** A query a callee evaluates, with the translator of the callee's tree that synthesizes it. */
export interface Evaluation {
  readonly tr: DjangoTranslator;
  readonly q: DjQuery;
  readonly terminal: { readonly name: string; readonly call: PyNode } | undefined;
  readonly site: Site;
  /** The custom manager or QuerySet method that runs it (`customEvaluations`). */
  readonly method?: FnInfo;
}

/**
 * Calls of a visible function that evaluates a parameter (`export(qs)` with `for x in qs` in
 * its body): the argument's query as the callee runs it. `derived`: also where it runs a local
 * derived from the parameter or hands it to code that evaluates it (see `django-sites.ts` for
 * where each is reported).
 */
export function evaluatedByCallee(tr: DjangoTranslator, call: PyNode, derived = true): Evaluation[] {
  const fnNode = field(call, 'function');
  if (!fnNode || !tr.file) return [];
  const fn = resolveCallee(tr, call);
  if (!fn) return [];
  const out: Evaluation[] = [];
  for (const site of paramEvaluations(fn.fn, derived)) {
    const used = { v: false };
    const env = tr.bind(fn.fn, call, fn.self, used);
    if (!env) return out;
    const sub = tr.sub(fn.fn, env);
    const tt = fn.fn.unit.tree;
    let target: PyNode | undefined;
    let terminal: { name: string; call: PyNode } | undefined;
    if (site.type === 'call') {
      const f = field(site, 'function');
      if (f?.type === 'attribute') {
        const name = textOf(tt, field(f, 'attribute')!);
        if (TERMINAL.has(name)) {
          target = field(f, 'object');
          terminal = { name, call: site };
        }
      } else if (f?.type === 'identifier' && EVALUATING_CALLS.has(textOf(tt, f))) target = callArgs(tt, site).positional[0];
    } else target = field(site, 'right');
    if (!target) continue;
    tr.reset();
    const q = sub.tryQuery(target);
    if (!q || q.none || !used.v) continue;
    // The terminal call lives in the callee's tree: the callee's translator synthesizes it.
    // The argument's own place (its model, or the call that built it) is where it is reported.
    const placed = q.tree === tr.t || q.anchor?.tree === tr.t ? q : tr.anchored(q, call);
    out.push({ tr: sub, q: placed, terminal, site: { tree: tt, node: site, message: 'evaluated here' } });
  }
  if (derived) out.push(...handedOverByCallee(tr, fn, call));
  return out;
}

/**
 * The caller's queryset (or one the callee derives from it) handed by the callee to code that
 * evaluates it: a DRF serializer with `many=True`, `Paginator(qs, n)`, a template context.
 */
function handedOverByCallee(tr: DjangoTranslator, fn: NonNullable<ReturnType<typeof resolveCallee>>, call: PyNode): Evaluation[] {
  const tt = fn.fn.unit.tree;
  const names = paramDerivedNames(fn.fn);
  const body = field(fn.fn.node, 'body');
  if (!body || names.size === 0) return [];
  const handed: [PyNode, PyNode][] = [];
  walk(body, (n) => {
    if (n.type !== 'call') return;
    for (const v of handedOver(tt, n)) {
      const root = chainRoot(tt, v);
      if (root !== undefined && names.has(root)) handed.push([handOverSite(tt, n), v]);
    }
  });
  const out: Evaluation[] = [];
  for (const [site, v] of handed) {
    const used = { v: false };
    const env = tr.bind(fn.fn, call, fn.self, used);
    if (!env) return out;
    const sub = tr.sub(fn.fn, env);
    tr.reset();
    const q = sub.tryQuery(v);
    if (!q || q.none || !used.v) continue;
    const placed = q.tree === tr.t || q.anchor?.tree === tr.t ? q : tr.anchored(q, call);
    out.push({ tr: sub, q: placed, terminal: undefined, site: { tree: tt, node: site, message: 'evaluated here' } });
  }
  return out;
}


/**
 * `Lead.objects.get_from_cache(id=pk)` where a custom manager or QuerySet method evaluates a
 * query on `self` itself (`self.get(**kwargs)`): judged at the call with the caller's queryset
 * and arguments (the method's own file cannot know the model); `django-custom-placement.ts` moves it
 * inside the method when every visible call gets the same verdict.
 */
export function customEvaluations(tr: DjangoTranslator, call: PyNode): Evaluation[] {
  const f = field(call, 'function');
  if (f?.type !== 'attribute') return [];
  const method = textOf(tr.t, field(f, 'attribute')!);
  if (TERMINAL.has(method) || LAZY.has(method) || method === 'filter' || method === 'exclude') return [];
  const obj = unparen(field(f, 'object'));
  if (obj?.type !== 'attribute' && obj?.type !== 'call') return [];
  tr.reset();
  const q = tr.tryQuery(obj);
  if (!q) return [];
  const out: Evaluation[] = [];
  for (const c of q.methodClasses) {
    const decl = tr.ctx.models.classDecl(c.name, c.file);
    const info = decl ? classInfoOf({ file: decl.file, tree: decl.tree, base: 0 }, decl.node) : undefined;
    const m = info ? (tr.ctx.py.method(info, method) ?? info.methods.get(method)) : undefined;
    // A plain manager's method whose `self` is known where it is written is judged there.
    if (!m || tr.inlining.has(m.node) || judgedInMethod(tr, m)) continue;
    const tt = m.unit.tree;
    for (const n of evaluationSites(tt, m.node)) {
      const e = evaluationAt(tt, n)!;
      const used = { v: false };
      const env = tr.bind(m, call, { query: q }, used);
      if (!env) return out;
      const sub = tr.sub(m, env);
      tr.reset();
      const r = sub.tryQuery(e.target);
      if (!r || r.none || !used.v) continue;
      out.push({ tr: sub, q: tr.anchored(r, call), terminal: e.terminal, site: { tree: tt, node: n, message: `evaluated here by ${info!.name}.${method}()` }, method: m });
    }
    break;
  }
  return out;
}

/**
 * `DealReport().total()` where an inherited `total` runs `self.model.objects.filter(...).count()`:
 * judged at the call with the receiver's class (the method's own file cannot know it).
 */
export function executedWithReceiver(tr: DjangoTranslator, call: PyNode): Evaluation[] {
  const c = resolveCallee(tr, call);
  if (!c?.self || c.self.unbound || !c.fn.owner || c.fn.owner.node === c.self.cls.node || tr.inlining.has(c.fn.node)) return [];
  const out: Evaluation[] = [];
  const tt = c.fn.unit.tree;
  for (const n of evaluationSites(tt, c.fn.node)) {
    const e = evaluationAt(tt, n)!;
    const env = tr.bind(c.fn, call, c.self, { v: false });
    if (!env) return out;
    const held = { v: false };
    const sub = tr.sub(c.fn, env, held);
    tr.reset();
    const q = sub.tryQuery(e.target);
    if (!q || q.none || !held.v) continue;
    out.push({ tr: sub, q: { ...q, anchor: { tree: tr.t, node: calleeName(call) ?? call } }, terminal: e.terminal, site: { tree: tt, node: n, message: `evaluated here with ${q.model.className} from ${c.self.cls.name}` } });
  }
  return out;
}

/**
 * `for lead in RangeQuerySetWrapper(qs)`: a visible class whose `__iter__` evaluates the queryset
 * its constructor keeps (`self.queryset`), judged at the loop with the caller's queryset.
 */
export function iteratedByClass(tr: DjangoTranslator, ctor: PyNode): Evaluation[] {
  const cls = classCalled(tr, ctor);
  const iter = cls ? tr.py.method(cls, '__iter__') : undefined;
  if (!cls || !iter || tr.inlining.has(iter.node)) return [];
  const out: Evaluation[] = [];
  const tt = iter.unit.tree;
  for (const n of evaluationSites(tt, iter.node)) {
    const held = { v: false };
    const env: Env = { fn: iter.node, args: new Map(), selfName: iter.params[0] ?? 'self', selfClass: cls, used: { v: false }, selfCtor: { tr, call: ctor } };
    const sub = tr.sub(iter, env, held);
    tr.reset();
    const e = evaluationAt(tt, n)!;
    const q = sub.tryQuery(e.target);
    if (!q || q.none || !held.v) continue;
    out.push({ tr: sub, q: tr.anchored(q, ctor), terminal: e.terminal, site: { tree: tt, node: n, message: `evaluated here by ${cls.name}.__iter__` } });
  }
  return out;
}
