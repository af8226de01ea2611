/**
 * Django querysets → the SQL Django sends to PostgreSQL (USE_TZ=True, UTC), for querysets that
 * are evaluated in the visible code (a terminal method, iteration, `list()`/`len()`, indexing, a
 * template context, a DRF serializer, a generic view's queryset). Querysets returned by visible
 * functions and methods (in this file or another) are followed: the callee's returned
 * expression is translated with its parameters bound to the caller's arguments. Anything not
 * completely visible (`**kwargs`, unknown methods, a queryset passed in by an unseen caller)
 * produces nothing.
 */
import { callArgs, field, lastName, named, type PyNode, type PyTree, resolveVariable, ScopeIndex, scopeOf, textOf, unparen, walk } from './ast';
import type { ModelIndex, ResolvedModel } from './models';
import { DjangoLookups, type DjQuery, innerJoin, sameJoin } from './django-lookups';
import type { Shape } from '../../query/model';
import { alternativesOf, branchValue } from './branches';
import { mergeAlternatives, NOWHERE, placed, type PyRun, type Site, tableOf, Unknown } from './synth';
import { bindArguments, calleeName, enclosingClass, instanceAttr, resolveCallee, stillParameter } from './calls';
import { type ClassInfo, classInfoOf, type FnInfo, paramEvaluations, type PythonIndex, scopesOf } from './workspace';

export interface DjCtx {
  readonly models: ModelIndex;
  readonly py: PythonIndex;
  /** The tree of the document being checked: findings are reported in it. */
  readonly checked: PyTree;
}

/** A visible function inlined at a call: its parameters bound to the caller's arguments. */
interface Env {
  readonly fn: PyNode;
  readonly args: ReadonlyMap<string, () => DjQuery | undefined>;
  /** The name of the first parameter of a method and what it stands for. */
  readonly selfName?: string;
  readonly selfQuery?: DjQuery;
  readonly selfClass?: ClassInfo;
  readonly used: { v: boolean };
}

const LAZY = new Set([
  'all', 'order_by', 'only', 'defer', 'distinct', 'values', 'values_list', 'get_queryset',
  'reverse', 'using', 'select_for_update', 'dates', 'datetimes', 'extra_order_by', 'select_for_share',
]);
const TERMINAL = new Set([
  'get', 'count', 'exists', 'first', 'last', 'earliest', 'latest', 'update', 'delete', 'iterator', 'aggregate',
  'in_bulk', 'get_or_create', 'update_or_create', 'contains', 'explain', 'bulk_update',
]);
/** Methods that return one model instance. */
const FETCH_ONE = new Set(['get', 'first', 'last', 'earliest', 'latest']);
const EVALUATING_CALLS = new Set(['list', 'len', 'tuple', 'set', 'sorted', 'bool', 'sum', 'any', 'all', 'max', 'min', 'enumerate']);
/** Generic views and DRF views/mixins whose `get_queryset` reads `queryset` or `model`. */
const QUERYSET_VIEWS = new Set([
  'ListView', 'DetailView', 'UpdateView', 'DeleteView', 'MultipleObjectMixin', 'SingleObjectMixin', 'BaseListView', 'BaseDetailView',
  'GenericAPIView', 'ListAPIView', 'RetrieveAPIView', 'ListCreateAPIView', 'RetrieveUpdateAPIView', 'RetrieveDestroyAPIView',
  'RetrieveUpdateDestroyAPIView', 'UpdateAPIView', 'DestroyAPIView', 'GenericViewSet', 'ModelViewSet', 'ReadOnlyModelViewSet',
  'ListModelMixin', 'RetrieveModelMixin',
]);
/** Views that filter by a date field themselves, or never read a queryset. */
const OTHER_VIEWS = /^(?:ArchiveIndexView|YearArchiveView|MonthArchiveView|WeekArchiveView|DayArchiveView|TodayArchiveView|DateDetailView|BaseDate\w*|CreateView|FormView|TemplateView|RedirectView|CreateAPIView)$/;
/** Class attributes through which a view's queryset gets filters we cannot see. */
const RUNTIME_FILTERS = ['filterset_class', 'filterset_fields', 'filter_backends', 'filter_class', 'filter_fields'];

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
    const write = n.type === 'call' ? tr.instanceWrite(n) : undefined;
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
      if (!target) {
        for (const v of handedOver(t, n)) {
          tr.reset();
          const q = tr.tryQuery(v);
          if (q && !q.none) emit(q, undefined, n, [], v);
        }
        // A visible function that evaluates the queryset passed to it, or an inherited method
        // that evaluates a queryset on the receiver's model.
        for (const r of [...tr.evaluatedByCallee(n), ...tr.executedWithReceiver(n)]) {
          try {
            out.push(...r.tr.synthesizeAll(r.q, r.terminal, n.start, [r.site], calleeName(n) ?? n, n));
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
    } else if (n.type === 'for_statement' || n.type === 'for_in_clause') target = field(n, 'right');
    else if (n.type === 'subscript') {
      const sub = field(n, 'subscript');
      if (sub && (sub.type === 'integer' || (sub.type === 'unary_operator' && /^-?\d+$/.test(textOf(t, sub))))) target = field(n, 'value');
    } else if (n.type === 'class_definition') {
      const r = tr.viewQuery(n);
      if (r) out.push(...tr.synthesizeAll(r.q, undefined, r.at.start, [], r.at));
    } else if (n.type === 'function_definition') {
      const r = tr.escaping(n);
      // Evaluated "in" the function: a queryset held by `self` is reported where the function reads it.
      if (r) out.push(...tr.synthesizeAll(r.q, undefined, r.at.start, [], r.at, field(n, 'body')));
    }
    if (!target) return;
    const t0 = target;
    // One translation per path through conditional refinements (`if since: qs = qs.filter(...)`).
    const runs = alternativesOf(() => {
      tr.reset();
      const q = tr.tryQuery(t0);
      if (!q || q.none) return undefined;
      try {
        return tr.synthesizeAll(q, terminal, n.start, [], calleeName(unparen(t0)) ?? n, n);
      } catch (e) {
        if (!(e instanceof Unknown)) throw e;
        return undefined;
      }
    });
    if (runs.length) out.push(mergeAlternatives(runs));
  });
  return out;
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
function evaluationSites(t: PyTree, fn: PyNode): PyNode[] {
  let sites = sitesByFn.get(fn);
  if (!sites) {
    const found: PyNode[] = [];
    if (/\bself\./.test(textOf(t, fn))) {
      walk(fn, (n) => {
        if (scopeOf(n) === fn && evaluationAt(t, n)) found.push(n);
      });
    }
    sitesByFn.set(fn, (sites = found));
  }
  return sites;
}

/** A node that evaluates a queryset: a terminal method, `list()`/`len()`…, a loop, an index. */
function evaluationAt(t: PyTree, n: PyNode): { target: PyNode; terminal: { name: string; call: PyNode } | undefined } | undefined {
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
  return undefined;
}

/**
 * Where a finding goes in the checked tree: the model name when the query was built in the
 * function that evaluates it, else the call through which it reached that function.
 */
export function reportAt(q: { readonly tree: PyTree; readonly modelNode: PyNode; readonly anchor?: { readonly tree: PyTree; readonly node: PyNode } }, checked: PyTree, fallback: PyNode, evaluation?: PyNode): PyNode {
  const anchor = q.anchor?.tree === checked ? q.anchor.node : undefined;
  if (q.tree === checked && !(anchor && evaluation && scopeOf(q.modelNode) !== scopeOf(evaluation))) return q.modelNode;
  return anchor ?? fallback;
}

/**
 * Querysets handed to code that evaluates them: a template context (`render(request, "t.html",
 * {"leads": qs})`) or a DRF serializer with `many=True`.
 */
function handedOver(t: PyTree, call: PyNode): PyNode[] {
  const fn = field(call, 'function');
  const name = lastName(t, fn) ?? '';
  const args = callArgs(t, call);
  if (name === 'render' || name === 'render_to_response' || name === 'TemplateResponse' || name === 'render_to_string') {
    const ctxArg = args.keywords.get('context') ?? (name === 'render_to_string' || name === 'render_to_response' ? args.positional[1] : args.positional[2]);
    const d = unparen(ctxArg);
    if (d?.type !== 'dictionary') return [];
    return named(d).filter((p) => p.type === 'pair').map((p) => field(p, 'value')!).filter(Boolean);
  }
  // `Paginator(qs, 25)` counts the queryset and reads a slice of it.
  if (name === 'Paginator') return args.positional[0] ? [args.positional[0]] : [];
  if (/Serializer$/.test(name) && textOf(t, args.keywords.get('many') ?? call).trim() === 'True') {
    const v = args.positional[0] ?? args.keywords.get('instance');
    return v ? [v] : [];
  }
  return [];
}

class DjangoTranslator extends DjangoLookups {
  constructor(
    private readonly ctx: DjCtx,
    t: PyTree,
    scopes: ScopeIndex,
    file: string | undefined,
    /** Inside a manager's `get_queryset`: the base queryset `super().get_queryset()` stands for. */
    private readonly base?: DjQuery,
    counter = { n: 0 },
    private readonly env?: Env,
    /** Functions being inlined (no recursion). */
    private readonly stack: ReadonlySet<PyNode> = new Set(),
    /** Set when a queryset used a model or queryset held by an inlined method's receiver. */
    private readonly selfHeld = { v: false },
  ) {
    super(ctx.models, t, scopes, file, counter);
  }

  private get index(): ModelIndex {
    return this.ctx.models;
  }

  get py(): PythonIndex {
    return this.ctx.py;
  }

  /** Parameters are numbered per query. */
  reset(): void {
    this.counter.n = 0;
  }

  tryQuery(n: PyNode | undefined): DjQuery | undefined {
    try {
      return this.query(n);
    } catch (e) {
      if (e instanceof Unknown) return undefined;
      throw e;
    }
  }

  private start(model: ResolvedModel, modelNode: PyNode, tree: PyTree, managerEnd: number): DjQuery {
    return { model, modelNode, tree, where: [], annotations: new Map(), managerEnd, steps: [], methodClasses: [], joins: [], joined: new Set(), prefetch: [] };
  }

  /** A queryset expression → its query, undefined when the node is not a queryset we can see. */
  query(node: PyNode | undefined): DjQuery | undefined {
    const n = unparen(node);
    if (!n || this.depth > 50) return undefined;
    const t = this.t;
    if (n.type === 'identifier') {
      const v = resolveVariable(t, n, this.scopes) ?? branchValue(t, n, this.scopes);
      if (!v) return this.fromEnv(n);
      this.depth++;
      try {
        return this.query(v);
      } finally {
        this.depth--;
      }
    }
    if (n.type === 'subscript') {
      const sub = field(n, 'subscript');
      return sub?.type === 'slice' ? this.query(field(n, 'value')) : undefined;
    }
    if (n.type === 'attribute') return this.manager(n);
    if (n.type !== 'call') return undefined;
    const fn = field(n, 'function');
    if (fn?.type === 'identifier') return (this.base && this.querySetOfManager(n, textOf(t, fn))) || this.callFunction(n, textOf(t, fn));
    if (fn?.type !== 'attribute') return undefined;
    const method = textOf(t, field(fn, 'attribute')!);
    const obj = field(fn, 'object');
    if (obj && /^super\(/.test(textOf(t, obj)) && method === 'filter_queryset') {
      // DRF's own `filter_queryset` applies the filter backends: none declared on the view.
      const cls = this.env?.selfClass;
      if (!cls || RUNTIME_FILTERS.some((a) => this.ctx.py.classAttr(cls, a))) return undefined;
      return this.query(callArgs(t, n).positional[0]);
    }
    if (obj && /^super\(/.test(textOf(t, obj)) && (method === 'get_queryset' || method === 'all')) {
      if (this.base) return this.base;
      return method === 'get_queryset' ? this.superQueryset(n) : undefined;
    }
    if (method === 'get_queryset' && obj?.type === 'identifier') {
      const cls = this.selfClass(obj);
      if (cls) return this.viewQueryset(cls, n);
    }
    const q = this.query(obj);
    if (q) return this.apply(q, method, n);
    return this.callMethod(n);
  }

  /** A parameter of the inlined function: the caller's argument (or the method's receiver). */
  private fromEnv(n: PyNode): DjQuery | undefined {
    const env = this.env;
    if (!env || scopeOf(n) !== env.fn) return undefined;
    const name = textOf(this.t, n);
    // Reassigned before this use (in a branch we cannot follow): not the parameter any more.
    if (!stillParameter(this.scopes, env.fn, name, n)) return undefined;
    if (name === env.selfName) {
      if (env.selfQuery) env.used.v = true;
      return env.selfQuery;
    }
    const a = env.args.get(name);
    if (!a) return undefined;
    const q = a();
    if (q) env.used.v = true;
    return q;
  }

  /** The class `self` (or `cls`) stands for at a node: the receiver's class when inlined, else the enclosing class. */
  selfClass(obj: PyNode): ClassInfo | undefined {
    const name = textOf(this.t, obj);
    if (this.env && name === this.env.selfName && scopeOf(obj) === this.env.fn) return this.env.selfQuery ? undefined : this.env.selfClass;
    if ((name !== 'self' && name !== 'cls') || !this.file) return undefined;
    return enclosingClass(this.t, this.file, obj);
  }

  /**
   * `LeadQuerySet(self.model, using=self._db)` in a manager's `get_queryset`: the manager's base
   * queryset, offering that QuerySet class's methods.
   */
  private querySetOfManager(call: PyNode, name: string): DjQuery | undefined {
    const base = this.base;
    const decl = base ? this.index.classDecl(name, this.file) : undefined;
    if (!base || !decl || !decl.bases.some((b) => /QuerySet$/.test(b))) return undefined;
    const args = callArgs(this.t, call);
    const model = args.positional[0] ?? args.keywords.get('model');
    if (args.splat || !model || textOf(this.t, model) !== 'self.model') return undefined;
    return { ...base, methodClasses: [{ name, file: this.file ?? '' }, ...base.methodClasses] };
  }

  /** `helper(args)`: a visible function's returned queryset. */
  private callFunction(call: PyNode, name: string): DjQuery | undefined {
    if (!this.file) return undefined;
    const s = this.ctx.py.resolve(this.file, name);
    return s?.kind === 'function' ? this.inline(s.fn, call) : undefined;
  }

  /** `svc.method()`, `self.method()`, `module.helper()`, `Service().method()`, `Service.method()`. */
  private callMethod(call: PyNode): DjQuery | undefined {
    const c = resolveCallee(this, call);
    return c ? this.inline(c.fn, call, c.self) : undefined;
  }

  /** Translates a visible function's returned expression with its parameters bound to `call`'s arguments. */
  private inline(fn: FnInfo, call: PyNode, self?: { cls?: ClassInfo; query?: DjQuery; unbound?: boolean }, used = { v: false }): DjQuery | undefined {
    if (!fn.returns || this.stack.has(fn.node) || this.stack.size > 8) return undefined;
    const env = this.bind(fn, call, self, used);
    if (!env) return undefined;
    const sub = this.sub(fn, env);
    const q = sub.query(fn.returns);
    return q ? this.anchored(q, call) : undefined;
  }

  private sub(fn: FnInfo, env: Env): DjangoTranslator {
    const tree = fn.unit.tree;
    return new DjangoTranslator(this.ctx, tree, tree === this.t ? this.scopes : scopesOf(tree), fn.unit.file, undefined, this.counter, env, new Set([...this.stack, fn.node]), this.selfHeld);
  }

  /** Parameters → argument thunks (evaluated by this translator, in the caller's tree). */
  private bind(fn: FnInfo, call: PyNode, self: { cls?: ClassInfo; query?: DjQuery; unbound?: boolean } | undefined, used: { v: boolean }): Env | undefined {
    const b = bindArguments(this.t, fn, call, self);
    if (!b) return undefined;
    const map = new Map<string, () => DjQuery | undefined>();
    for (const [k, v] of b.args) map.set(k, () => this.query(v));
    return {
      fn: fn.node,
      args: map,
      ...(b.selfName ? { selfName: b.selfName } : {}),
      ...(self?.query ? { selfQuery: self.query } : {}),
      ...(self?.cls ? { selfClass: self.cls } : {}),
      used,
    };
  }

  /** A query that came from another tree is reported, in this tree, at the call that returned it. */
  private anchored(q: DjQuery, call: PyNode): DjQuery {
    // The outermost call wins: it is the one in the tree that evaluates the query.
    return { ...q, anchor: { tree: this.t, node: calleeName(call) ?? call } };
  }

  /**
   * The queryset a generic view works on: its (inherited) `get_queryset`, else its `queryset`
   * attribute, else its `model`'s default manager — what Django's and DRF's base classes do.
   */
  viewQueryset(cls: ClassInfo, call: PyNode | undefined): DjQuery | undefined {
    const m = this.ctx.py.method(cls, 'get_queryset');
    if (m) {
      if (!call) {
        if (!m.returns || this.stack.has(m.node)) return undefined;
        const sub = this.sub(m, { fn: m.node, args: new Map(), selfName: m.params[0] ?? 'self', selfClass: cls, used: { v: false } });
        return sub.query(m.returns);
      }
      return this.inline(m, call, { cls });
    }
    return this.defaultQueryset(cls, call);
  }

  /** Django's own `get_queryset`: `self.queryset.all()` or `self.model._default_manager.all()`. */
  private defaultQueryset(cls: ClassInfo, call: PyNode | undefined): DjQuery | undefined {
    const py = this.ctx.py;
    const names = py.ancestry(cls);
    // An unseen base class might override get_queryset: only Django's and DRF's are known.
    for (const b of cls.bases) if (!py.classNamed(cls.unit.file, b) && !QUERYSET_VIEWS.has(b.slice(b.lastIndexOf('.') + 1)) && !/Mixin$/.test(b) && !names.has('View')) return undefined;
    const qs = py.classAttr(cls, 'queryset');
    const holder = qs ?? py.classAttr(cls, 'model');
    if (!holder) return undefined;
    const tree = holder.cls.unit.tree;
    const sub = new DjangoTranslator(this.ctx, tree, tree === this.t ? this.scopes : scopesOf(tree), holder.cls.unit.file, undefined, this.counter, undefined, this.stack, this.selfHeld);
    let q: DjQuery | undefined;
    if (qs) q = sub.query(qs.value);
    else {
      const v = unparen(holder.value);
      const model = v?.type === 'identifier' ? this.index.model(textOf(tree, v), holder.cls.unit.file) : undefined;
      if (v && model?.framework === 'django') q = sub.start(model, v, tree, v.end);
    }
    return q && call ? this.anchored(q, call) : q;
  }

  /** `super().get_queryset()` in a view method: the next visible class's, or Django's default. */
  private superQueryset(call: PyNode): DjQuery | undefined {
    const fnNode = scopeOf(call);
    if (fnNode.type !== 'function_definition' || !this.file) return undefined;
    const clsNode = fnNode.parent?.parent?.type === 'class_definition' ? fnNode.parent.parent : fnNode.parent?.type === 'decorated_definition' ? fnNode.parent.parent?.parent : undefined;
    if (clsNode?.type !== 'class_definition') return undefined;
    const owner = classInfoOf({ file: this.file, tree: this.t, base: 0 }, clsNode);
    const self = this.env?.selfClass ?? owner;
    for (const b of owner.bases) {
      const base = this.ctx.py.classNamed(owner.unit.file, b);
      const m = base ? this.ctx.py.method(base, 'get_queryset') : undefined;
      if (m) return this.inline(m, call, { cls: self });
      if (!base && !QUERYSET_VIEWS.has(b.slice(b.lastIndexOf('.') + 1)) && !/Mixin$/.test(b)) return undefined;
    }
    return this.defaultQueryset(self, call);
  }

  /** `Lead.objects` (or a custom manager), `self.model.objects`, a related manager (`job.job_events`). */
  private manager(n: PyNode): DjQuery | undefined {
    const t = this.t;
    const obj = unparen(field(n, 'object'));
    const attr = textOf(t, field(n, 'attribute')!);
    if (obj?.type === 'identifier') {
      const self = this.selfClass(obj);
      const held = self ? this.instanceQuery(self, attr, field(n, 'attribute')!) : undefined;
      if (held) return held;
      if (self && (attr === 'queryset' || attr === 'model')) {
        // `self.queryset` (a queryset attribute read directly).
        return attr === 'queryset' ? this.defaultQueryset(self, undefined) : undefined;
      }
      // `Lead.objects`, or `cls.objects` in a classmethod of the model.
      const ownCls = textOf(t, obj) === 'cls' ? this.selfClass(obj) : undefined;
      const model = this.index.model(textOf(t, obj), this.file) ?? (ownCls ? this.index.model(ownCls.name, ownCls.unit.file) : undefined);
      if (model && model.framework === 'django') return this.managerOf(model, obj, t, attr, n.end);
    }
    if (obj?.type === 'attribute' && textOf(t, field(obj, 'attribute')!) === 'model') {
      // `self.model.objects` in a generic view.
      const o2 = unparen(field(obj, 'object'));
      const self = o2?.type === 'identifier' ? this.selfClass(o2) : undefined;
      const init = self ? instanceAttr(this.ctx.py, self, 'model') : undefined;
      const attrHolder = self && !init ? this.ctx.py.classAttr(self, 'model') : undefined;
      if (self && (init || attrHolder) && this.env?.selfClass === self) this.selfHeld.v = true;
      const holder = init ? { unit: init.fn.unit, value: init.value } : attrHolder ? { unit: attrHolder.cls.unit, value: attrHolder.value } : undefined;
      const v = unparen(holder?.value);
      if (holder && v?.type === 'identifier') {
        const tree = holder.unit.tree;
        const model = this.index.model(textOf(tree, v), holder.unit.file);
        if (model?.framework === 'django') {
          const q = this.managerOf(model, v, tree, attr, v.end);
          return q && (q.tree !== t || init) ? { ...q, anchor: { tree: t, node: field(obj, 'attribute')! } } : q;
        }
      }
      return undefined;
    }
    return this.relatedManager(n, obj, attr);
  }

  /** `self.deals` where `__init__` set `self.deals = Deal.objects.filter(...)`: that queryset. */
  private instanceQuery(cls: ClassInfo, attr: string, at: PyNode): DjQuery | undefined {
    const held = instanceAttr(this.ctx.py, cls, attr);
    if (!held || this.stack.has(held.fn.node)) return undefined;
    if (this.env?.selfClass === cls) this.selfHeld.v = true;
    const sub = this.sub(held.fn, { fn: held.fn.node, args: new Map(), selfName: held.fn.params[0] ?? 'self', selfClass: cls, used: { v: false } });
    const q = sub.query(held.value);
    return q ? { ...q, anchor: { tree: this.t, node: at } } : undefined;
  }

  private managerOf(model: ResolvedModel, obj: PyNode, tree: PyTree, attr: string, end: number): DjQuery | undefined {
    const start = this.start(model, obj, tree, end);
    const decl = model.managers.get(attr);
    if (!decl) {
      if (attr === 'objects' || attr === '_default_manager' || attr === '_base_manager') return start;
      return undefined;
    }
    const file = this.file ?? '';
    const methodClasses = decl.methodClasses.map((name) => ({ name, file }));
    if (decl.fromQuerySet || !decl.className) return { ...start, methodClasses };
    const cls = this.index.managerClass(decl.className, this.file);
    if (!cls) throw new Unknown(`manager ${decl.className} not visible`);
    if (cls.getQueryset === undefined) return { ...start, methodClasses };
    if (cls.getQueryset === null) throw new Unknown('get_queryset not understood');
    const sub = new DjangoTranslator(this.ctx, cls.tree, cls.tree === this.t ? this.scopes : scopesOf(cls.tree), cls.file, start, this.counter, undefined, this.stack, this.selfHeld);
    const q = sub.query(cls.getQueryset);
    if (!q) throw new Unknown('get_queryset not understood');
    // Fix offsets belong to the manager's file: keep only this file's.
    const more = q.methodClasses.filter((c) => !methodClasses.some((m) => m.name === c.name));
    return { ...q, modelNode: obj, tree, managerEnd: end, filterCall: undefined, methodClasses: [...methodClasses, ...more] };
  }

  /**
   * `job.job_events` / `lead.agentoutput_set`: the reverse side of exactly one ForeignKey in the
   * index; Django filters the related model by that key column.
   */
  private relatedManager(n: PyNode, obj: PyNode | undefined, attr: string): DjQuery | undefined {
    if (!obj || obj.type === 'call' || !/^[a-z_][a-z0-9_]*$/.test(attr)) return undefined;
    if (obj.type === 'identifier' && this.file && this.ctx.py.resolve(this.file, textOf(this.t, obj))) return undefined;
    const rels = this.index.reverseRelations(attr, 'accessor');
    if (rels.length === 0) return undefined;
    // Only a receiver that visibly is an instance of the relation's target: named after it
    // (`account`, `current_account`), `self` in that model, or a variable read from its manager
    // (`get_object_or_404(User, …)`). Several relations share the accessor: the receiver picks one.
    const u = unparen(obj);
    if (!u) return undefined;
    const recv = u.type === 'identifier' ? textOf(this.t, u) : u.type === 'attribute' ? textOf(this.t, field(u, 'attribute')!) : '';
    const flat = recv.toLowerCase().replace(/_/g, '');
    const selfModel = recv === 'self' && this.file ? enclosingClass(this.t, this.file, u)?.name.toLowerCase() : undefined;
    const v = u.type === 'identifier' ? resolveVariable(this.t, u, this.scopes) : undefined;
    const matches = rels.filter((r) => {
      const target = r.field.target?.toLowerCase() ?? '';
      if (!target) return false;
      if (flat === target || flat.endsWith(target) || selfModel === target) return true;
      return !!v && new RegExp(`\\b${r.field.target}\\b`).test(textOf(this.t, v));
    });
    if (matches.length !== 1) return undefined;
    const r = matches[0]!;
    const model = this.index.model(r.model, r.file);
    if (!model || model.framework !== 'django') return undefined;
    const nameNode = field(n, 'attribute')!;
    const q = this.start(model, nameNode, this.t, n.end);
    return { ...q, where: [{ k: 'cmp', table: tableOf(model), column: r.field.column, op: '=', n: 1 }] };
  }

  private apply(q: DjQuery, method: string, call: PyNode): DjQuery | undefined {
    const t = this.t;
    if (method === 'values' || method === 'values_list') return this.valuesJoins(q, call);
    if (LAZY.has(method)) return q;
    if (method === 'none') return { ...q, none: true };
    if (method === 'filter' || method === 'exclude') {
      const cond = this.conditions(q, call, method === 'exclude');
      const joinsBefore = q.joins.length;
      const next = this.pendingJoins;
      this.pendingJoins = undefined;
      const name = field(field(call, 'function'), 'attribute') ?? call;
      const steps = this.t === this.ctx.checked ? q.steps : [...q.steps, { tree: this.t, node: name, message: `refined here: ${method}()` }];
      return {
        ...q,
        where: cond ? [...q.where, cond] : q.where,
        filterCall: q.filterCall ?? (method === 'filter' && !this.base && this.t === this.ctx.checked ? call : undefined),
        steps,
        ...(next && next.joins.length > joinsBefore ? { joins: next.joins, joined: next.joined } : {}),
      };
    }
    if (method === 'annotate' || method === 'alias') {
      const args = callArgs(t, call);
      if (args.splat) throw new Unknown('annotate(**kwargs)');
      const annotations = new Map(q.annotations);
      const subqueries = [...(q.subqueries ?? [])];
      for (const [k, v] of args.keywords) {
        annotations.set(k, this.annotation(q, v) ?? '\u0000');
        const sub = this.subqueryOf(v);
        if (sub) subqueries.push(sub);
      }
      return { ...q, annotations, ...(subqueries.length ? { subqueries } : {}) };
    }
    if (method === 'select_related') return this.selectRelated(q, call);
    if (method === 'prefetch_related') return this.prefetchRelated(q, call);
    const custom = this.customMethod(q, method, call);
    if (custom) return custom;
    // Custom QuerySet or manager methods we cannot see.
    throw new Unknown(`method ${method}`);
  }

  /** A method of the model's custom manager or QuerySet class, inlined with `self` = the queryset. */
  private customMethod(q: DjQuery, method: string, call: PyNode): DjQuery | undefined {
    for (const c of q.methodClasses) {
      const decl = this.index.classDecl(c.name, c.file);
      if (!decl) continue;
      const info = classInfoOf({ file: decl.file, tree: decl.tree, base: 0 }, decl.node);
      const m = this.ctx.py.method(info, method) ?? info.methods.get(method);
      if (!m) continue;
      if (!m.returns) throw new Unknown(`method ${method} returns no single queryset`);
      const r = this.inline(m, call, { query: q });
      if (!r) throw new Unknown(`method ${method} not understood`);
      return r.tree === q.tree ? { ...r, methodClasses: q.methodClasses } : r;
    }
    return undefined;
  }

  /** `Subquery(qs)` / `Exists(qs)` as an annotation: the queryset it runs, when visible. */
  private subqueryOf(v: PyNode): DjQuery | undefined {
    const u = unparen(v);
    const name = u?.type === 'call' ? lastName(this.t, field(u, 'function')) : undefined;
    if (!u || (name !== 'Subquery' && name !== 'Exists')) return undefined;
    const saved = this.pendingJoins;
    try {
      const inner = this.query(callArgs(this.t, u).positional[0]);
      return inner && !inner.none && inner.prefetch.length === 0 ? inner : undefined;
    } catch (e) {
      // A subquery we cannot see leaves its table unjudged; the outer query still is.
      if (!(e instanceof Unknown)) throw e;
      return undefined;
    } finally {
      this.pendingJoins = saved;
    }
  }

  /**
   * `select_related("lead")`, `select_related("deal__account")`: a JOIN of each foreign key's
   * table along the path (LEFT OUTER from the first nullable key on, as Django does).
   */
  private selectRelated(q: DjQuery, call: PyNode): DjQuery {
    const args = callArgs(this.t, call);
    if (args.splat) throw new Unknown('select_related(*names)');
    const joins = [...q.joins];
    const joined = new Set(q.joined);
    for (const a of args.positional) {
      const name = this.fieldArg(a);
      if (name === undefined) throw new Unknown('select_related path');
      let model = q.model;
      let outer = false;
      const hops = name.split('__');
      if (hops.length > 4) throw new Unknown('select_related path');
      for (const hop of hops) {
        const f = model.fields.get(hop);
        const target = f?.isForeignKey && f.target ? this.index.model(f.target, this.file) : undefined;
        if (!f || !target || target.framework !== 'django') throw new Unknown(`select_related(${name})`);
        outer ||= f.nullable;
        const clause = innerJoin(model, f.column, target, target.pk, outer ? 'LEFT OUTER' : 'INNER');
        if (!joins.some((j) => sameJoin(j, clause))) {
          if (joined.has(target.table) || target.table === q.model.table) throw new Unknown('the same table joined twice');
          joined.add(target.table);
          joins.push(clause);
        }
        model = target;
      }
    }
    return { ...q, joins, joined };
  }

  /**
   * `values_list("campaign__name")`: the fields named across foreign keys join their tables
   * (LEFT OUTER from the first nullable key on, as Django does).
   */
  private valuesJoins(q: DjQuery, call: PyNode): DjQuery {
    const args = callArgs(this.t, call);
    if (args.splat) throw new Unknown('values(*fields)');
    let joins = [...q.joins];
    const joined = new Set(q.joined);
    for (const a of args.positional) {
      const name = this.fieldArg(a);
      if (name === undefined) throw new Unknown('values() expression');
      const hops = name.split('__');
      if (hops.length === 1) continue;
      let model = q.model;
      let outer = false;
      for (const hop of hops.slice(0, -1)) {
        const f = model.fields.get(hop);
        const target = f?.isForeignKey && f.target ? this.index.model(f.target, this.file) : undefined;
        if (!f || !target || target.framework !== 'django') throw new Unknown(`values(${name})`);
        outer ||= f.nullable;
        const clause = innerJoin(model, f.column, target, target.pk, outer ? 'LEFT OUTER' : 'INNER');
        // A join a filter already made is reused (Django promotes or keeps it; the table is judged once).
        if (!joins.some((j) => j.k === 'table' && j.table.name === target.table)) {
          if (target.table === q.model.table) throw new Unknown('the same table joined twice');
          joined.add(target.table);
          joins = [...joins, clause];
        }
        model = target;
      }
      if (!this.fieldOf(model, hops[hops.length - 1]!)) throw new Unknown(`values(${name})`);
    }
    return { ...q, joins, joined };
  }

  /**
   * `prefetch_related("outputs")` / `Prefetch("outputs", queryset=...)`: one more query on the
   * related model, by the foreign key (with the `Prefetch` queryset's own conditions).
   */
  private prefetchRelated(q: DjQuery, call: PyNode): DjQuery {
    const args = callArgs(this.t, call);
    if (args.splat) throw new Unknown('prefetch_related(*names)');
    const prefetch = [...q.prefetch];
    for (const a of args.positional) {
      const obj = this.prefetchObject(a);
      const name = obj ? obj.lookup : this.fieldArg(a);
      if (name === undefined || name.includes('__')) throw new Unknown('prefetch_related path');
      let model: ResolvedModel | undefined;
      let column: string;
      const f = q.model.fields.get(name);
      if (f?.isForeignKey && f.target) {
        model = this.index.model(f.target, this.file);
        column = model?.pk ?? '';
      } else {
        const rels = this.index.reverseRelations(name, 'accessor', q.model.className);
        const r = rels.length === 1 ? rels[0]! : undefined;
        model = r ? this.index.model(r.model, r.file) : undefined;
        column = r?.field.column ?? '';
      }
      if (!model || model.framework !== 'django') throw new Unknown(`prefetch_related(${name})`);
      const inner = obj?.queryset;
      if (inner && (inner.model.table !== model.table || inner.prefetch.length > 0 || inner.none)) throw new Unknown('Prefetch queryset');
      prefetch.push({ model, column, node: a, tree: this.t, ...(inner ? { query: inner } : {}) });
    }
    return { ...q, prefetch };
  }

  /** `Prefetch("deals", queryset=Deal.objects.filter(...))` → its lookup and translated queryset. */
  private prefetchObject(a: PyNode): { lookup: string | undefined; queryset?: DjQuery } | undefined {
    const u = unparen(a);
    if (u?.type !== 'call' || lastName(this.t, field(u, 'function')) !== 'Prefetch') return undefined;
    const args = callArgs(this.t, u);
    if (args.splat) throw new Unknown('Prefetch(**kwargs)');
    const lookup = this.fieldArg(args.positional[0] ?? args.keywords.get('lookup'));
    const qsNode = args.keywords.get('queryset') ?? args.positional[1];
    if (!qsNode || unparen(qsNode)?.type === 'none') return { lookup };
    const queryset = this.query(qsNode);
    if (!queryset) throw new Unknown('Prefetch queryset not visible');
    return { lookup, queryset };
  }

  /**
   * Calls of a visible function that evaluates a parameter (`export(qs)` with `for x in qs` in
   * its body): the argument's query as the callee runs it.
   */
  evaluatedByCallee(call: PyNode): { tr: DjangoTranslator; q: DjQuery; terminal: { name: string; call: PyNode } | undefined; site: Site }[] {
    const fnNode = field(call, 'function');
    if (!fnNode || !this.file) return [];
    const fn = resolveCallee(this, call);
    if (!fn) return [];
    const out: { tr: DjangoTranslator; q: DjQuery; terminal: { name: string; call: PyNode } | undefined; site: Site }[] = [];
    for (const site of paramEvaluations(fn.fn)) {
      const used = { v: false };
      const env = this.bind(fn.fn, call, fn.self, used);
      if (!env) return out;
      const sub = this.sub(fn.fn, env);
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
      this.reset();
      const q = sub.tryQuery(target);
      if (!q || q.none || !used.v) continue;
      // The terminal call lives in the callee's tree: the callee's translator synthesizes it.
      // The argument's own place (its model, or the call that built it) is where it is reported.
      const placed = q.tree === this.t || q.anchor?.tree === this.t ? q : this.anchored(q, call);
      out.push({ tr: sub, q: placed, terminal, site: { tree: tt, node: site, message: 'evaluated here' } });
    }
    return out;
  }

  /**
   * `lead.save(update_fields=[…])` / `lead.delete()` on an instance fetched in view
   * (`Lead.objects.get(…)`, `.first()`, `get_object_or_404(Lead, …)`): Django writes it by primary
   * key (`UPDATE … WHERE id = %s`, `DELETE … WHERE id IN (%s)`), which no partition key prunes.
   */
  instanceWrite(call: PyNode): PyRun | undefined {
    const t = this.t;
    const fn = field(call, 'function');
    const method = fn?.type === 'attribute' ? textOf(t, field(fn, 'attribute')!) : '';
    const obj = fn?.type === 'attribute' ? unparen(field(fn, 'object')) : undefined;
    if ((method !== 'save' && method !== 'delete') || obj?.type !== 'identifier') return undefined;
    const v = unparen(resolveVariable(t, obj, this.scopes));
    if (v?.type !== 'call') return undefined;
    const vf = field(v, 'function');
    let model: ResolvedModel | undefined;
    this.reset();
    if (vf?.type === 'attribute' && FETCH_ONE.has(textOf(t, field(vf, 'attribute')!))) model = this.tryQuery(field(vf, 'object'))?.model;
    else if (vf?.type === 'identifier' && textOf(t, vf) === 'get_object_or_404') {
      const a0 = unparen(callArgs(t, v).positional[0]);
      model = a0?.type === 'identifier' ? this.index.model(textOf(t, a0), this.file) : this.tryQuery(a0)?.model;
    }
    if (!model || model.framework !== 'django') return undefined;
    // A composite primary key (Django 5.2) that holds the partition key is written by all its columns.
    const decl = this.index.classDecl(model.className, this.file);
    if (!decl || /CompositePrimaryKey/.test(textOf(decl.tree, decl.node))) return undefined;
    const args = callArgs(t, call);
    if (args.splat) return undefined;
    let shape: Shape;
    if (method === 'delete') shape = { k: 'delete' };
    else {
      const uf = unparen(args.keywords.get('update_fields'));
      const names = uf && (uf.type === 'list' || uf.type === 'tuple') ? named(uf).map((x) => this.fieldArg(x)) : undefined;
      if (uf && (!names || names.some((x) => x === undefined))) return undefined;
      shape = { k: 'update', set: names ? names.map((x) => this.fieldOf(model, x!)?.column ?? x!) : undefined };
    }
    const at = field(fn!, 'attribute')!;
    const query = placed({ framework: 'django', from: { table: tableOf(model), at: NOWHERE }, joins: [], where: [{ k: 'cmp', table: tableOf(model), column: model.pk, op: method === 'delete' ? 'IN' : '=', n: 1 }], primaryKey: model.pk }, at);
    return {
      run: { alternatives: [query], shape, state: 'executed', fix: { host: { framework: 'django', model: model.className } } },
      model,
      at: call.start,
      sites: [{ tree: t, node: v, message: `${model.className} instance fetched here; ${method}() writes it by primary key` }],
    };
  }

  /**
   * `DealReport().total()` where an inherited `total` runs `self.model.objects.filter(...).count()`:
   * judged at the call with the receiver's class (the method's own file cannot know it).
   */
  executedWithReceiver(call: PyNode): { tr: DjangoTranslator; q: DjQuery; terminal: { name: string; call: PyNode } | undefined; site: Site }[] {
    const c = resolveCallee(this, call);
    if (!c?.self || c.self.unbound || !c.fn.owner || c.fn.owner.node === c.self.cls.node || this.stack.has(c.fn.node)) return [];
    const out: { tr: DjangoTranslator; q: DjQuery; terminal: { name: string; call: PyNode } | undefined; site: Site }[] = [];
    const tt = c.fn.unit.tree;
    for (const n of evaluationSites(tt, c.fn.node)) {
      const e = evaluationAt(tt, n)!;
      const env = this.bind(c.fn, call, c.self, { v: false });
      if (!env) return out;
      const held = { v: false };
      const sub = new DjangoTranslator(this.ctx, tt, tt === this.t ? this.scopes : scopesOf(tt), c.fn.unit.file, undefined, this.counter, env, new Set([...this.stack, c.fn.node]), held);
      this.reset();
      const q = sub.tryQuery(e.target);
      if (!q || q.none || !held.v) continue;
      out.push({ tr: sub, q: { ...q, anchor: { tree: this.t, node: calleeName(call) ?? call } }, terminal: e.terminal, site: { tree: tt, node: n, message: `evaluated here with ${q.model.className} from ${c.self!.cls.name}` } });
    }
    return out;
  }

  /**
   * A generic view (or DRF view/viewset) declared here whose queryset Django evaluates: its own
   * `get_queryset`, `queryset` or `model`. Base classes subclassed in the same file are judged
   * through their subclasses; views whose filters come from the request are skipped.
   */
  viewQuery(n: PyNode): { q: DjQuery; at: PyNode } | undefined {
    if (!this.file || this.t !== this.ctx.checked) return undefined;
    const cls = classInfoOf({ file: this.file, tree: this.t, base: 0 }, n);
    if (/^(Base|Abstract)|Mixin$/.test(cls.name)) return undefined;
    const py = this.ctx.py;
    const names = py.ancestry(cls);
    if (![...names].some((b) => QUERYSET_VIEWS.has(b)) || [...names].some((b) => OTHER_VIEWS.test(b))) return undefined;
    if (RUNTIME_FILTERS.some((a) => py.classAttr(cls, a)) || py.method(cls, 'get_object')) return undefined;
    const own = cls.methods.get('get_queryset') ?? cls.attrs.get('queryset') ?? cls.attrs.get('model');
    if (!own) return undefined;
    // Subclassed in this file: its subclasses are the views that run.
    for (const c of named(this.t.root)) {
      const d = c.type === 'decorated_definition' ? field(c, 'definition') : c;
      if (d?.type === 'class_definition' && d !== n && classInfoOf({ file: this.file, tree: this.t, base: 0 }, d).bases.some((b) => b === cls.name)) return undefined;
    }
    this.reset();
    let q: DjQuery | undefined;
    try {
      q = this.viewQueryset(cls, undefined);
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      return undefined;
    }
    // DRF's `list()` runs `self.filter_queryset(self.get_queryset())`.
    const fq = py.method(cls, 'filter_queryset');
    if (q && fq) q = this.filtered(cls, fq, q);
    if (!q || q.none) return undefined;
    const at = cls.methods.get('get_queryset') ? field(cls.methods.get('get_queryset')!.node, 'name')! : field(n, 'name')!;
    return { q: q.tree === this.t ? q : { ...q, anchor: { tree: this.t, node: at } }, at };
  }

  /** A view's visible `filter_queryset(queryset)` applied to its queryset; undefined when not followed. */
  private filtered(cls: ClassInfo, fq: FnInfo, q: DjQuery): DjQuery | undefined {
    const param = fq.params[1];
    if (!param || !fq.returns || fq.params.length !== 2 || this.stack.has(fq.node)) return undefined;
    const used = { v: false };
    const sub = this.sub(fq, { fn: fq.node, args: new Map([[param, () => q]]), selfName: fq.params[0]!, selfClass: cls, used });
    let r: DjQuery | undefined;
    try {
      r = sub.query(fq.returns);
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      return undefined;
    }
    return r && used.v ? r : undefined;
  }

  /**
   * A public function or method that returns a queryset no visible code calls: it leaves the code
   * we can see (a library API, a callback), so it is judged where it is built.
   */
  escaping(fnNode: PyNode): { q: DjQuery; at: PyNode } | undefined {
    if (!this.file || this.t !== this.ctx.checked || !this.ctx.py.complete) return undefined;
    const nameNode = field(fnNode, 'name');
    const name = nameNode ? textOf(this.t, nameNode) : '';
    if (!name || name.startsWith('_') || name === 'get_queryset' || /^(test|setUp|tearDown)/.test(name)) return undefined;
    const ret = (() => {
      const body = field(fnNode, 'body');
      const stmts = body ? named(body) : [];
      const last = stmts[stmts.length - 1];
      return last?.type === 'return_statement' ? named(last)[0] : undefined;
    })();
    if (!ret || this.ctx.py.hasCaller(name)) return undefined;
    // A method of a model, manager, QuerySet or view is reached through the framework or an attribute.
    const owner = fnNode.parent?.parent?.type === 'class_definition' ? fnNode.parent.parent : fnNode.parent?.type === 'decorated_definition' ? fnNode.parent.parent?.parent : undefined;
    if (owner?.type === 'class_definition') {
      const info = classInfoOf({ file: this.file, tree: this.t, base: 0 }, owner);
      if (info.bases.some((b) => /Model$|Manager$|QuerySet$|View$|ViewSet$|Mixin$|Admin$|Form$|Serializer$|Command$|Filter(Set)?$/.test(b))) return undefined;
    }
    this.reset();
    const q = this.tryQuery(ret);
    if (!q || q.none) return undefined;
    if (q.tree !== this.t) return { q: { ...q, anchor: { tree: this.t, node: nameNode! } }, at: nameNode! };
    return { q, at: q.modelNode };
  }

  /**
   * The statements an evaluation sends: the query itself and one per `prefetch_related`.
   * `fallback` is a node of the checked tree to report at when the query has no place there.
   */
  synthesizeAll(q: DjQuery, terminal: { name: string; call: PyNode } | undefined, at: number, extra: readonly Site[], fallback: PyNode, evaluation?: PyNode): PyRun[] {
    const checked = this.ctx.checked;
    const place = reportAt(q, checked, fallback, evaluation);
    const sites: Site[] = [];
    if (q.tree !== checked || place !== q.modelNode) sites.push({ tree: q.tree, node: q.modelNode, message: `query on ${q.model.className} created here` });
    sites.push(...q.steps, ...extra);
    const main = this.synthesize(q, terminal, place);
    const fix = q.tree === checked ? main.fix : { framework: 'django', model: q.model.className };
    const also: PyRun[] = [];
    for (const p of q.prefetch) {
      const inner = p.query;
      // A `Prefetch` queryset is reported at its own model when that is in the checked tree.
      const pl = inner && inner.tree === checked ? reportAt(inner, checked, place, evaluation) : p.node.start >= 0 && p.tree === checked && q.tree === checked ? p.node : place;
      const extraSites: readonly Site[] = inner && inner.tree !== checked ? [{ tree: inner.tree, node: inner.modelNode, message: `query on ${inner.model.className} created here` }, ...inner.steps] : inner ? inner.steps : [];
      const query = placed(
        {
          framework: 'django',
          from: { table: tableOf(p.model), at: NOWHERE },
          joins: inner?.joins ?? [],
          where: [...(inner?.where ?? []), { k: 'cmp', table: tableOf(p.model), column: p.column, op: 'IN', n: 1 }],
          primaryKey: p.model.pk,
        },
        pl,
      );
      also.push({
        run: { alternatives: [query], shape: { k: 'select' }, state: 'executed', fix: { host: { framework: 'django', model: p.model.className } } },
        model: p.model,
        at,
        sites: [...sites, ...extraSites, { tree: p.tree, node: p.node, message: `prefetch_related runs a separate query on ${p.model.className}` }].filter((x) => x.tree !== checked || x.node !== pl),
      });
    }
    for (const inner of q.subqueries ?? []) {
      // Judged as its own statement: the outer reference (`OuterRef`) is a column, not a constant.
      const query = placed({ framework: 'django', from: { table: tableOf(inner.model), at: NOWHERE }, joins: inner.joins, where: inner.where, primaryKey: inner.model.pk }, place);
      also.push({
        run: { alternatives: [query], shape: { k: 'select' }, state: 'executed', fix: { host: { framework: 'django', model: inner.model.className } } },
        model: inner.model,
        at,
        sites: [...sites, ...(inner.tree !== checked || inner.modelNode !== place ? [{ tree: inner.tree, node: inner.modelNode, message: `subquery on ${inner.model.className} built here` }] : []), ...inner.steps],
      });
    }
    const run: PyRun = { run: { alternatives: [main.query], shape: main.shape, state: terminal || evaluation ? 'executed' : 'escapes', fix: { host: fix } }, model: q.model, at, sites, ...(also.length ? { also } : {}) };
    return [run];
  }
}
