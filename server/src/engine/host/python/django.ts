/**
 * Django querysets → the SQL Django sends to PostgreSQL (USE_TZ=True, UTC), for querysets that
 * are evaluated in the visible code (a terminal method, iteration, `list()`/`len()`, indexing, a
 * template context, a DRF serializer, a generic view's queryset). Querysets returned by visible
 * functions and methods (in this file or another) are followed: the callee's returned
 * expression is translated with its parameters bound to the caller's arguments. Anything not
 * completely visible (`**kwargs`, unknown methods, a queryset passed in by an unseen caller)
 * produces nothing. This file holds `DjangoTranslator`'s core (querysets, managers, inlining,
 * views); `django-sites.ts` finds the evaluation sites, `django-relations.ts` follows relations.
 */
import { callArgs, field, type PyNode, type PyTree, resolveVariable, ScopeIndex, scopeOf, textOf, tupleItem, unpacked, unparen } from './ast';
import type { ModelIndex, ResolvedModel } from './models';
import type { DjQuery } from './django-lookups';
import { extraOnlySelects, qOfCall, splatLookups } from './django-kwargs';
import type { Pred } from '../../query/model';
import { DjangoRelations } from './django-relations';
import { pagedQueryset, reportAt, TERMINAL } from './django-sites';
import { shortcutModelQuery } from './django-shortcut-models';
import { callerArgument } from './django-caller-args';
import { type Evaluation, evaluatedByCallee, executedWithReceiver } from './django-callees';
import { branchValue, chosenReturn, type Decide, ternaryArm } from './branches';
import { decideByArguments } from './decide';
import { requestFilters } from './django-views';
import { customFilterQueryset } from './django-filter-backends';
import { selfAttrValue } from './django-self-attrs';
import { listDecide, listReturn } from './django-list-request';
import { subclassOnPath } from './django-mixins';
import { ownClassModel } from './django-own-class';
import { pickedMethodCall } from './django-picked-methods';
import { managerSelf } from './django-manager-self';
import { modelExpr, moduleModel, namedModel } from './django-get-model';
import { loopModel } from './django-model-values';
import { propertyQuery } from './django-properties';
import { callersInstanceCallee } from './django-param-instances';
import { NOWHERE, placed, type PyCheckCtx, type PyRun, type Site, tableOf, Unknown } from './synth';
import { callerKwargs, extraKeywords, type Kwargs, kwargsFunction } from './kwargs';
import { bindArguments, calleeName, enclosingClass, forwardsAll, instanceAttr, resolveCallee, stillParameter } from './calls';
import { type ClassInfo, classInfoOf, everyReturn, type FnInfo, scopesOf } from './summaries';
import type { PythonIndex } from './workspace';

export type DjCtx = PyCheckCtx;

/** A visible function inlined at a call: its parameters bound to the caller's arguments. */
export interface Env {
  readonly fn: PyNode;
  readonly args: ReadonlyMap<string, () => DjQuery | undefined>;
  /** The name of the first parameter of a method and what it stands for. */
  readonly selfName?: string;
  readonly selfQuery?: DjQuery;
  readonly selfClass?: ClassInfo;
  readonly used: { v: boolean };
  /** What the arguments decide about the function's `if`s on its parameters. */
  readonly decide?: Decide;
  /** The keyword arguments the call passes into the function's `**kwargs`. */
  readonly kwargs?: Kwargs<DjangoTranslator>;
  /** Where the receiver was made (`RangeQuerySetWrapper(qs)`): what `__init__` keeps from its arguments. */
  readonly selfCtor?: { readonly tr: DjangoTranslator; readonly call: PyNode };
  /** The call being inlined and its translator (what `*args, **kwargs` forward). */
  readonly caller?: { readonly tr: DjangoTranslator; readonly call: PyNode };
}

export const LAZY = new Set([
  'all', 'order_by', 'only', 'defer', 'distinct', 'values', 'values_list', 'get_queryset',
  'reverse', 'using', 'select_for_update', 'dates', 'datetimes', 'extra_order_by', 'select_for_share',
]);
/** Generic views and DRF views/mixins whose `get_queryset` reads `queryset` or `model`. */
export const QUERYSET_VIEWS = new Set([
  'ListView', 'DetailView', 'UpdateView', 'DeleteView', 'MultipleObjectMixin', 'SingleObjectMixin', 'BaseListView', 'BaseDetailView',
  'GenericAPIView', 'ListAPIView', 'RetrieveAPIView', 'ListCreateAPIView', 'RetrieveUpdateAPIView', 'RetrieveDestroyAPIView',
  'RetrieveUpdateDestroyAPIView', 'UpdateAPIView', 'DestroyAPIView', 'GenericViewSet', 'ModelViewSet', 'ReadOnlyModelViewSet',
  'ListModelMixin', 'RetrieveModelMixin',
]);
/** Views that filter by a date field themselves, or never read a queryset. */
export const OTHER_VIEWS = /^(?:ArchiveIndexView|YearArchiveView|MonthArchiveView|WeekArchiveView|DayArchiveView|TodayArchiveView|DateDetailView|BaseDate\w*|CreateView|FormView|TemplateView|RedirectView|CreateAPIView)$/;
/** Class attributes through which a view's queryset gets filters we cannot see. */
export const RUNTIME_FILTERS = ['filterset_class', 'filterset_fields', 'filter_backends', 'filter_class', 'filter_fields'];

export class DjangoTranslator extends DjangoRelations {
  constructor(
    readonly ctx: DjCtx,
    t: PyTree,
    scopes: ScopeIndex,
    file: string | undefined,
    /** Inside a manager's `get_queryset`: the base queryset `super().get_queryset()` stands for. */
    private readonly base?: DjQuery,
    counter = { n: 0 },
    readonly env?: Env,
    /** Functions being inlined (no recursion). */
    private readonly stack: ReadonlySet<PyNode> = new Set(),
    /** Set when a queryset used a model or queryset held by an inlined method's receiver. */
    private readonly selfHeld = { v: false },
  ) {
    super(ctx.models, t, scopes, file, counter);
  }

  protected get index(): ModelIndex {
    return this.ctx.models;
  }

  get py(): PythonIndex {
    return this.ctx.py;
  }

  /** The call that inlined this method on the same instance (`super().m()`, `self.m()`), with its translator. */
  get callerOfSelf(): { readonly tr: DjangoTranslator; readonly call: PyNode } | undefined {
    return this.env?.selfClass && !this.env.selfQuery ? this.env.caller : undefined;
  }

  /** What the caller passed for a parameter of the inlined function (`get_user_queryset(user, Lead)` → `Lead`). */
  readonly argumentOf = (param: PyNode): { t: PyTree; file: string; node: PyNode } | undefined => callerArgument(this, param);

  /** Functions being inlined. */
  get inlining(): ReadonlySet<PyNode> {
    return this.stack;
  }

  /** What the caller's arguments decide about this function's `if`s (when inlined). */
  get decider(): Decide | undefined {
    return this.env?.decide;
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

  start(model: ResolvedModel, modelNode: PyNode, tree: PyTree, managerEnd: number): DjQuery {
    return { model, modelNode, tree, where: [], annotations: new Map(), managerEnd, steps: [], methodClasses: [], joins: [], joined: new Set(), prefetch: [] };
  }

  /** A queryset expression → its query, undefined when the node is not a queryset we can see. */
  query(node: PyNode | undefined): DjQuery | undefined {
    const n = unparen(node);
    if (!n || this.depth > 50) return undefined;
    const t = this.t;
    if (n.type === 'identifier') {
      const v = resolveVariable(t, n, this.scopes) ?? branchValue(t, n, this.scopes, this.decider, true);
      if (!v) return shortcutModelQuery(this, n) ?? this.fromEnv(n) ?? managerSelf(this, n);
      this.depth++;
      try {
        return this.query(v);
      } finally {
        this.depth--;
      }
    }
    if (n.type === 'subscript') return field(n, 'subscript')?.type === 'slice' ? this.query(field(n, 'value')) : undefined;
    if (n.type === 'conditional_expression') return this.query(ternaryArm(n, this.decider)); // one path per arm
    if (n.type === 'unpacked') return this.callMethod(unpacked(n)!.from, unpacked(n)!.index); // `qs, _ = helper(…)`
    if (n.type === 'attribute') return this.manager(n) ?? propertyQuery(this, n) ?? shortcutModelQuery(this, n);
    if (n.type !== 'call') return undefined;
    const fn = field(n, 'function');
    const picked = fn?.type === 'call' || fn?.type === 'subscript' ? this.query(pickedMethodCall(this, n)) : undefined; // `FILTERS.get(show, Lead.objects.all)()`
    if (picked) return { ...picked, anchor: { tree: t, node: n } };
    if (fn?.type === 'identifier') return (this.base && this.querySetOfManager(n, textOf(t, fn))) || this.callFunction(n, textOf(t, fn));
    if (fn?.type !== 'attribute') return undefined;
    const method = textOf(t, field(fn, 'attribute')!);
    const obj = field(fn, 'object');
    if (method === 'filter_queryset' && obj?.type === 'identifier' && this.selfClass(obj) && !customFilterQueryset(this.ctx.py, this.selfClass(obj)!)) {
      // DRF's own `filter_queryset` on a view that declares no filter backends: the queryset as is.
      const cls = this.selfClass(obj)!;
      if (requestFilters(this.ctx.py, cls) || !this.ctx.py.ancestry(cls).has('GenericAPIView') && ![...this.ctx.py.ancestry(cls)].some((b) => QUERYSET_VIEWS.has(b))) return undefined;
      return this.query(callArgs(t, n).positional[0]);
    }
    if (obj && /^super\(/.test(textOf(t, obj)) && method === 'filter_queryset') {
      // DRF's own `filter_queryset` applies the filter backends: none declared on the view.
      const cls = this.env?.selfClass;
      if (!cls || requestFilters(this.ctx.py, cls)) return undefined;
      return this.query(callArgs(t, n).positional[0]);
    }
    if (obj && /^super\(/.test(textOf(t, obj)) && (method === 'get_queryset' || method === 'all')) {
      if (this.base) return this.base;
      return method === 'get_queryset' ? this.superQueryset(n) : undefined;
    }
    if (method === 'get_queryset' && obj?.type === 'identifier') {
      const cls = this.selfClass(obj);
      if (cls) return managerSelf(this, obj) ?? this.viewQueryset(cls, n);
    }
    const q = this.query(obj);
    if (q) return this.apply(q, method, n);
    return this.query(pagedQueryset(t, this.scopes, n)) ?? this.callMethod(n);
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

  /** A translator for a visible callee's body, its parameters bound to `call`'s arguments. */
  callee(call: PyNode): { fn: FnInfo; tr: DjangoTranslator } | undefined {
    const c = resolveCallee(this, call);
    if (!c || this.stack.has(c.fn.node) || this.stack.size > 8) return undefined;
    const env = this.bind(c.fn, call, c.self, { v: false });
    return env ? { fn: c.fn, tr: this.sub(c.fn, env) } : undefined;
  }

  /** Callers' calls that gave a `filter(**kwargs)` its lookups (related locations of the next `filter`). */
  readonly kwargsSites: Site[] = [];

  /** `**kwargs` of the function being translated: what the call being inlined (or every visible caller) passes. */
  kwargsOf(d: PyNode): Kwargs<DjangoTranslator> | undefined {
    const fnNode = kwargsFunction(this.t, this.scopes, d);
    if (!fnNode) return undefined;
    if (this.env?.fn === fnNode && this.env.kwargs) return this.env.kwargs;
    return callerKwargs(this.ctx.py, this.t, this.file, fnNode, (f) => new DjangoTranslator(this.ctx, f.tree, scopesOf(f.tree), f.file, undefined, this.counter));
  }

  protected splatLookups(q: DjQuery, dict: PyNode, negate: boolean): Pred[] {
    return splatLookups(this, q, dict, negate);
  }

  protected qOfCall(q: DjQuery, call: PyNode, negate: boolean): Pred | undefined {
    return qOfCall(this, q, call, negate);
  }

  /** `helper(args)`: a visible function's returned queryset. */
  private callFunction(call: PyNode, name: string): DjQuery | undefined {
    if (!this.file) return undefined;
    const s = this.ctx.py.resolve(this.file, name);
    return s?.kind === 'function' ? this.inline(s.fn, call) : undefined;
  }

  /** `svc.method()`, `self.method()`, `module.helper()`, `Service().method()`, `Service.method()`. */
  private callMethod(call: PyNode, element?: number): DjQuery | undefined {
    const c = resolveCallee(this, call) ?? callersInstanceCallee(this, call);
    return c ? this.inline(c.fn, call, c.self, undefined, element) : undefined;
  }

  /** Translates a visible function's returned expression (or `element` of the tuple it returns) with its parameters bound to `call`'s arguments. */
  inline(fn: FnInfo, call: PyNode, self?: { cls?: ClassInfo; query?: DjQuery; unbound?: boolean }, used = { v: false }, element?: number): DjQuery | undefined {
    const ret = element === undefined ? chosenReturn(fn) : tupleItem(chosenReturn(fn), element);
    if (!ret || this.stack.has(fn.node) || this.stack.size > 8) return undefined;
    const env = this.bind(fn, call, self, used);
    if (!env) return undefined;
    const sub = this.sub(fn, env);
    const q = sub.query(ret);
    return q ? this.anchored(q, call) : undefined;
  }

  /** A translator of `fn`'s tree inlining it with `env` (`held` learns whether it used the receiver's model). */
  sub(fn: FnInfo, env: Env, held = this.selfHeld): DjangoTranslator {
    const tree = fn.unit.tree;
    return new DjangoTranslator(this.ctx, tree, tree === this.t ? this.scopes : scopesOf(tree), fn.unit.file, undefined, this.counter, env, new Set([...this.stack, fn.node]), held);
  }

  /** A translator of another module's tree (a caller's). */
  protected translatorFor(tree: PyTree, file: string): DjangoTranslator {
    return new DjangoTranslator(this.ctx, tree, tree === this.t ? this.scopes : scopesOf(tree), file, undefined, this.counter);
  }

  /** Parameters → argument thunks (evaluated by this translator, in the caller's tree). */
  bind(fn: FnInfo, call: PyNode, self: { cls?: ClassInfo; query?: DjQuery; unbound?: boolean } | undefined, used: { v: boolean }): Env | undefined {
    // `return self.api(*args, **kwargs)` in an inlined `api_v2(self, *args, **kwargs)`: its caller's arguments.
    const through = this.env && forwardsAll(this.t, this.env.fn, call) ? this.env.caller : undefined;
    if (through) return through.tr.bind(fn, through.call, self, used);
    const b = bindArguments(this.t, fn, call, self);
    if (!b) return undefined;
    const map = new Map<string, () => DjQuery | undefined>();
    for (const [k, v] of b.args) map.set(k, () => this.query(v));
    const entries = extraKeywords(this.t, fn, call);
    const decide = decideByArguments(this, fn, b.args);
    return {
      fn: fn.node,
      args: map,
      decide,
      ...(entries ? { kwargs: { tr: this, entries } } : {}),
      ...(b.selfName ? { selfName: b.selfName } : {}),
      ...(self?.query ? { selfQuery: self.query } : {}),
      ...(self?.cls ? { selfClass: self.cls } : {}),
      caller: { tr: this, call },
      used,
    };
  }

  /** A query that came from another tree is reported, in this tree, at the call that returned it. */
  anchored(q: DjQuery, call: PyNode): DjQuery {
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
        const ret = listReturn(m);
        if (!ret || this.stack.has(m.node)) return undefined;
        return this.sub(m, { fn: m.node, args: new Map(), selfName: m.params[0] ?? 'self', selfClass: cls, used: { v: false }, decide: listDecide(m) }).query(ret);
      }
      return this.inline(m, call, { cls });
    }
    return this.defaultQueryset(cls, call);
  }

  /** Django's own `get_queryset`: `self.queryset.all()` or `self.model._default_manager.all()`. */
  private defaultQueryset(cls: ClassInfo, call: PyNode | undefined): DjQuery | undefined {
    const py = this.ctx.py;
    const names = py.ancestry(cls);
    // An unseen base class might override get_queryset: only Django's and DRF's are known (Django's
    // TemplateView/FormView/RedirectView have none: `SingleObjectMixin, FormView` runs the mixin's).
    for (const b of cls.bases) if (!py.classNamed(cls.unit.file, b) && !QUERYSET_VIEWS.has(b.slice(b.lastIndexOf('.') + 1)) && !/Mixin$|(?:^|\.)(?:TemplateView|FormView|RedirectView)$/.test(b) && !names.has('View')) return undefined;
    const qs = py.classAttr(cls, 'queryset');
    const holder = qs ?? py.classAttr(cls, 'model');
    if (!holder) return undefined;
    const tree = holder.cls.unit.tree;
    const sub = new DjangoTranslator(this.ctx, tree, tree === this.t ? this.scopes : scopesOf(tree), holder.cls.unit.file, undefined, this.counter, undefined, this.stack, this.selfHeld);
    let q: DjQuery | undefined;
    if (qs) q = sub.query(qs.value);
    else {
      const v = unparen(holder.value);
      const model = modelExpr(this.ctx.py, this.index, tree, holder.cls.unit.file, v);
      if (v && model) q = sub.start(model, v, tree, v.end);
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
        // `self.queryset` (a queryset attribute read directly), unless a method set it on the instance.
        const set = attr === 'queryset' ? selfAttrValue(this, n) : 'unset';
        if (set !== 'unset') return set === 'unknown' ? undefined : set.tr.query(set.node);
        const sub = attr === 'queryset' && this.env?.selfClass !== self ? subclassOnPath(this.ctx.py, self, attr, n) : undefined;
        const q = attr === 'queryset' ? this.defaultQueryset(sub ?? self, undefined) : undefined;
        return q && sub ? { ...q, anchor: { tree: t, node: n } } : q;
      }
      // `Lead.objects`, or `cls.objects` in a classmethod of the model.
      const ownCls = textOf(t, obj) === 'cls' ? this.selfClass(obj) : undefined;
      const model = namedModel(this.index, t, this.scopes, this.file, obj) ?? (ownCls ? this.index.model(ownCls.name, ownCls.unit.file) : loopModel(this, obj));
      if (model && model.framework === 'django') return this.managerOf(model, obj, t, attr, n.end);
    }
    // `models.Lead.objects` (`from crm import models`).
    const viaModule = obj?.type === 'attribute' ? moduleModel(this, this.index, obj) : undefined;
    if (viaModule) return this.managerOf(viaModule, obj!, t, attr, n.end);
    // `self.__class__.objects` / `type(self).objects`: the manager of the instance's own class.
    const own = obj ? ownClassModel(this, obj) : undefined;
    if (own) return this.managerOf(own, obj!, t, attr, n.end);
    if (obj?.type === 'attribute' && textOf(t, field(obj, 'attribute')!) === 'model') {
      // `self.model.objects` in a generic view.
      const o2 = unparen(field(obj, 'object'));
      const self = o2?.type === 'identifier' ? this.selfClass(o2) : undefined;
      const init = self ? instanceAttr(this.ctx.py, self, 'model') : undefined;
      const sub = self && !init && this.env?.selfClass !== self ? subclassOnPath(this.ctx.py, self, 'model', n) : undefined;
      const attrHolder = self && !init ? this.ctx.py.classAttr(sub ?? self, 'model') : undefined;
      if (self && (init || attrHolder) && this.env?.selfClass === self) this.selfHeld.v = true;
      const holder = init ? { unit: init.fn.unit, value: init.value } : attrHolder ? { unit: attrHolder.cls.unit, value: attrHolder.value } : undefined;
      const v = unparen(holder?.value);
      if (holder && v) {
        const tree = holder.unit.tree;
        const model = modelExpr(this.ctx.py, this.index, tree, holder.unit.file, v);
        if (model) {
          const q = this.managerOf(model, v, tree, attr, v.end);
          // A class attribute (`model = Lead`) is not where a method's query is built: the method's `self.model` is.
          return q && (q.tree !== t || init || scopeOf(v) !== scopeOf(n)) ? { ...q, anchor: { tree: t, node: field(obj, 'attribute')! } } : q;
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
    // `self.queryset = queryset` in `__init__`: the queryset the constructor call passes.
    const ctor = this.env?.selfClass === cls ? this.env.selfCtor : undefined;
    const bound = ctor ? ctor.tr.bind(held.fn, ctor.call, { cls }, { v: false }) : undefined;
    const sub = this.sub(held.fn, bound ?? { fn: held.fn.node, args: new Map(), selfName: held.fn.params[0] ?? 'self', selfClass: cls, used: { v: false } });
    const q = sub.query(held.value);
    return q ? { ...q, anchor: { tree: this.t, node: at } } : undefined;
  }

  managerOf(model: ResolvedModel, obj: PyNode, tree: PyTree, attr: string, end: number): DjQuery | undefined {
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
    // `class LeadManager(models.Manager.from_queryset(LeadQuerySet))`: the QuerySet's methods too.
    for (const b of cls.bases) {
      const qs = /\bfrom_queryset\(\s*(?:[\w.]*\.)?(\w+)\s*\)$/.exec(b)?.[1];
      if (qs && !methodClasses.some((m) => m.name === qs)) methodClasses.push({ name: qs, file: cls.file });
    }
    if (cls.getQueryset === undefined) return { ...start, methodClasses };
    if (cls.getQueryset === null) throw new Unknown('get_queryset not understood');
    const sub = new DjangoTranslator(this.ctx, cls.tree, cls.tree === this.t ? this.scopes : scopesOf(cls.tree), cls.file, start, this.counter, undefined, this.stack, this.selfHeld);
    const q = sub.query(cls.getQueryset);
    if (!q) throw new Unknown('get_queryset not understood');
    // Fix offsets belong to the manager's file: keep only this file's.
    const more = q.methodClasses.filter((c) => !methodClasses.some((m) => m.name === c.name));
    return { ...q, modelNode: obj, tree, managerEnd: end, filterCall: undefined, methodClasses: [...methodClasses, ...more] };
  }

  private apply(q: DjQuery, method: string, call: PyNode): DjQuery | undefined {
    const t = this.t;
    if (method === 'values' || method === 'values_list') return this.valuesJoins(q, call);
    if (LAZY.has(method)) return q;
    // `extra(select={…})` adds computed columns: the rows (and their WHERE) stay the queryset's.
    if (method === 'extra' && extraOnlySelects(t, call)) return q;
    if (method === 'none') return { ...q, none: true };
    if (method === 'filter' || method === 'exclude') {
      const cond = this.conditions(q, call, method === 'exclude');
      const joinsBefore = q.joins.length;
      const next = this.pendingJoins;
      this.pendingJoins = undefined;
      const name = field(field(call, 'function'), 'attribute') ?? call;
      const steps = [...(this.t === this.ctx.checked ? q.steps : [...q.steps, { tree: this.t, node: name, message: `refined here: ${method}()` }]), ...this.kwargsSites.splice(0)];
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
      let joined: DjQuery = q;
      for (const [k, v] of args.keywords) {
        annotations.set(k, this.annotation(q, v) ?? '\u0000');
        const sub = this.subqueryOf(v);
        if (sub) subqueries.push(sub);
        joined = this.aggregateJoin(joined, v);
      }
      return { ...joined, annotations, ...(subqueries.length ? { subqueries } : {}) };
    }
    if (method === 'union' || method === 'intersection' || method === 'difference') return this.combined(q, call);
    if (method === 'select_related') return this.selectRelated(q, call);
    if (method === 'prefetch_related') return this.prefetchRelated(q, call);
    const custom = this.customMethod(q, method, call);
    if (custom) return custom;
    // A terminal (`get()`, `first()`): an instance or a value, not a queryset.
    if (TERMINAL.has(method) || method === 'first' || method === 'last') return undefined;
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
      if (!m.returns && !everyReturn(m.node)) throw new Unknown(`method ${method} returns no single queryset`);
      const r = this.inline(m, call, { query: q });
      if (!r) throw new Unknown(`method ${method} not understood`);
      return r.tree === q.tree ? { ...r, methodClasses: q.methodClasses } : r;
    }
    return undefined;
  }

  /** Calls of a visible function that evaluates a parameter (`django-callees.ts`). */
  evaluatedByCallee(call: PyNode, derived = true): Evaluation[] {
    return evaluatedByCallee(this, call, derived);
  }

  /** An inherited method evaluating `self.model`'s query, judged at the call (`django-callees.ts`). */
  executedWithReceiver(call: PyNode): Evaluation[] {
    return executedWithReceiver(this, call);
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
      // Otherwise it runs where the evaluation runs: at the lookup when the queryset runs where it is built,
      // else where it runs (a later loop).
      const here = p.node.start >= 0 && p.tree === checked && q.tree === checked && place === q.modelNode;
      const pl = inner && inner.tree === checked ? reportAt(inner, checked, place, evaluation) : here ? p.node : place;
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
