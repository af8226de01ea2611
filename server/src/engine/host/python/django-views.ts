/**
 * Django views and functions whose querysets leave the visible code: generic views and DRF
 * views/viewsets (their `get_queryset`, `queryset` or `model`, through a visible
 * `filter_queryset`), and public functions returning a queryset no visible code calls.
 */
import { callArgs, field, lastName, named, type PyNode, textOf } from './ast';
import { decodeStringExpr } from './strings';
import type { PythonIndex } from './workspace';
import { type DjQuery, NoSuchField } from './django-lookups';
import type { ResolvedModel } from './models';
import { type DjangoTranslator, OTHER_VIEWS, QUERYSET_VIEWS, RUNTIME_FILTERS } from './django';
import { tableOf, Unknown } from './synth';
import { customFilterQueryset, passThroughBackend } from './django-filter-backends';
import { type ClassInfo, classInfoOf, everyReturn, type FnInfo } from './summaries';
import { listReturn } from './django-list-request';
import { isPropertyDef, readBySiblings } from './django-properties';
import { destroyHookView, drfRuns } from './django-drf-actions';
import { enclosingClass } from './calls';

/** DRF's generic bases without a list action. */
const BARE_GENERIC = new Set(['GenericViewSet', 'GenericAPIView']);

/** Filter backends that add conditions only when the request carries their parameters. */
const OPTIONAL_BACKENDS = new Set(['DjangoFilterBackend', 'OrderingFilter', 'SearchFilter']);

/** A backend that adds nothing to a request without its parameters: a known one, or a visible class with such a path. */
function optionalBackend(py: PythonIndex, holder: ClassInfo, b: PyNode): boolean {
  const tree = holder.unit.tree;
  if (OPTIONAL_BACKENDS.has(lastName(tree, b) ?? '')) return true;
  const cls = b.type === 'identifier' || b.type === 'attribute' ? py.classNamed(holder.unit.file, textOf(tree, b)) : undefined;
  return !!cls && passThroughBackend(py, cls);
}

/**
 * Whether a view's queryset may get filters from the request that we cannot see on every path:
 * a custom filter backend, or a FilterSet we cannot read or that requires a parameter. django-filter's
 * FilterSets (`filterset_class` visible, `filterset_fields`), `SearchFilter` and `OrderingFilter`
 * add conditions only for the parameters a request sends: a request without them runs the
 * queryset as the view builds it.
 */
export function requestFilters(py: PythonIndex, cls: ClassInfo): boolean {
  const attr = (name: string): { cls: ClassInfo; value: PyNode } | undefined => py.classAttr(cls, name);
  if (!RUNTIME_FILTERS.some((a) => attr(a))) return false;
  const backends = attr('filter_backends');
  if (backends) {
    const v = backends.value;
    if ((v.type !== 'list' && v.type !== 'tuple') || named(v).some((b) => !optionalBackend(py, backends.cls, b))) return true;
  }
  for (const name of ['filterset_class', 'filter_class']) {
    const fs = attr(name);
    if (!fs) continue;
    const v = fs.value;
    const set = v.type === 'identifier' || v.type === 'attribute' ? py.classNamed(fs.cls.unit.file, textOf(fs.cls.unit.tree, v)) : undefined;
    if (!set || !set.bases.some((b) => /FilterSet$/.test(b))) return true;
    const text = textOf(set.unit.tree, set.node);
    if (/\brequired\s*=\s*True\b|\bdef\s+(?:filter_queryset|qs)\b|\bstrict\b/.test(text)) return true;
  }
  return false;
}

/**
 * A generic view (or DRF view/viewset) declared here whose queryset Django evaluates: its own
 * `get_queryset`, `queryset` or `model`. Base classes subclassed in the same file are judged
 * through their subclasses; views whose filters come from the request are skipped.
 */
export function viewQuery(tr: DjangoTranslator, n: PyNode): { q: DjQuery; at: PyNode } | 'none' | undefined {
  if (!tr.file || tr.t !== tr.ctx.checked) return undefined;
  const cls = classInfoOf({ file: tr.file, tree: tr.t, base: 0 }, n);
  if (/^(Base|Abstract)|Mixin$/.test(cls.name)) return undefined;
  const py = tr.ctx.py;
  const names = py.ancestry(cls);
  if (![...names].some((b) => QUERYSET_VIEWS.has(b)) || [...names].some((b) => OTHER_VIEWS.test(b))) return undefined;
  if (requestFilters(py, cls) || py.method(cls, 'get_object')) return undefined;
  // A bare `GenericViewSet`/`GenericAPIView` has no `list()`: its queryset runs only where the code (or `get_object`) uses it.
  if (![...names].some((b) => QUERYSET_VIEWS.has(b) && !BARE_GENERIC.has(b)) && !py.method(cls, 'list')) return undefined;
  // A DRF view whose own actions replace DRF's runs its queryset only where those actions evaluate it.
  const drf = drfRuns(py, cls);
  if (drf && !drf.list && !drf.object) return undefined;
  // A view whose queryset comes whole from a mixin of this file (`class OrderList(OrderMixin, ListAPIView)`) runs that mixin's `get_queryset`.
  const own = cls.methods.get('get_queryset') ?? cls.attrs.get('queryset') ?? cls.attrs.get('model') ?? inheritedHere(tr, py.method(cls, 'get_queryset'));
  if (!own) return undefined;
  tr.reset();
  let q: DjQuery | undefined;
  try {
    q = tr.viewQueryset(cls, undefined);
  } catch (e) {
    if (!(e instanceof Unknown)) throw e;
    // A path filtering on a field the model lacks raises FieldError: it sends nothing.
    return e instanceof NoSuchField ? 'none' : undefined;
  }
  // DRF's `list()` runs `self.filter_queryset(self.get_queryset())`.
  const fq = customFilterQueryset(py, cls);
  if (q && fq) q = filtered(tr, cls, fq, q);
  if (!q) return undefined;
  // This path's queryset is `.none()`: it sends nothing.
  if (q.none) return 'none';
  // Only DRF's `get_object()` runs it: filtered by the lookup field.
  if (drf && !drf.list) q = byLookup(py, cls, q);
  if (!q) return undefined;
  // An inherited `get_queryset` of this file (`self.model.objects…` in a base) is where the queryset is built.
  const gq = cls.methods.get('get_queryset') ?? inheritedHere(tr, py.method(cls, 'get_queryset'));
  const at = gq ? field(gq.node, 'name')! : field(n, 'name')!;
  // `queryset = …` refined by the view's own `get_queryset`: reported where that returns it.
  // (Several returns: the one this path took, for the view's own method — an inherited copy has other nodes.)
  const ret = gq?.returns ?? (gq && gq === cls.methods.get('get_queryset') ? listReturn(gq) : undefined);
  if (gq && !ret && !gq.returns && everyReturn(gq.node)) return undefined;
  // Built in an earlier statement of `get_queryset` (`qs = …`, refined, `return qs`): reported at the return too.
  const inside = q.modelNode.start >= (gq?.node.start ?? Infinity) && q.modelNode.end <= (gq?.node.end ?? -1);
  // (A mixin's method read through the index holds the index's copy of its queryset: reported at its return too.)
  const mixin = !!gq && gq !== cls.methods.get('get_queryset') && !!inheritedHere(tr, py.method(cls, 'get_queryset')) && q.tree !== tr.t;
  if (ret && (mixin || (q.tree === tr.t && (!inside || ownStatement(q.modelNode) !== ownStatement(ret))))) return { q: { ...q, anchor: { tree: tr.t, node: ret } }, at: ret };
  return { q: q.tree === tr.t ? q : { ...q, anchor: { tree: tr.t, node: at } }, at };
}

/** The statement of a block that holds a node. */
function ownStatement(n: PyNode): PyNode {
  let c = n;
  while (c.parent && c.parent.type !== 'block' && c.parent.type !== 'module') c = c.parent;
  return c;
}

/** A method of a base class declared in the checked file, as a node of the checked tree (the index holds its own copy). */
function inheritedHere(tr: DjangoTranslator, m: FnInfo | undefined): FnInfo | undefined {
  if (!m?.owner || !tr.file || m.unit.file !== tr.file) return undefined;
  const node = tr.t.root.children.map((c) => (c.type === 'decorated_definition' ? field(c, 'definition') : c)).find((c) => c?.type === 'class_definition' && textOf(tr.t, field(c, 'name')!) === m.owner!.name);
  return node ? classInfoOf({ file: tr.file, tree: tr.t, base: 0 }, node).methods.get(m.name) : undefined;
}

/** A view's visible `filter_queryset(queryset)` applied to its queryset; undefined when not followed. */
function filtered(tr: DjangoTranslator, cls: ClassInfo, fq: FnInfo, q: DjQuery): DjQuery | undefined {
  const param = fq.params[1];
  if (!param || !fq.returns || fq.params.length !== 2 || tr.inlining.has(fq.node)) return undefined;
  const used = { v: false };
  const sub = tr.sub(fq, { fn: fq.node, args: new Map([[param, () => q]]), selfName: fq.params[0]!, selfClass: cls, used });
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
 * we can see (a library API, a callback, a template filter), so it is judged where it is built.
 * A function ending in `if`/`else` arms that each return (`if user.has_perm(…): return
 * Log.objects.all()` / `else: return Log.objects.none()`) returns each arm's queryset on its path.
 */
export function escaping(tr: DjangoTranslator, fnNode: PyNode): { q: DjQuery; at: PyNode }[] {
  if (!tr.file || tr.t !== tr.ctx.checked || !tr.ctx.py.complete) return [];
  const nameNode = field(fnNode, 'name');
  const name = nameNode ? textOf(tr.t, nameNode) : '';
  if (!name || name.startsWith('_') || name === 'get_queryset' || /^(test|setUp|tearDown)/.test(name)) return [];
  const body = field(fnNode, 'body');
  const rets = body ? endingReturns(body) : [];
  if (!rets.length || tr.ctx.py.hasCaller(name)) return [];
  // A property read by its class's own methods: its queryset runs where they evaluate it.
  if (isPropertyDef(tr.t, fnNode) && readBySiblings(tr.t, fnNode, name)) return [];
  // A method of a model, manager, QuerySet or view is reached through the framework or an attribute.
  const owner = fnNode.parent?.parent?.type === 'class_definition' ? fnNode.parent.parent : fnNode.parent?.type === 'decorated_definition' ? fnNode.parent.parent?.parent : undefined;
  if (owner?.type === 'class_definition') {
    const info = classInfoOf({ file: tr.file, tree: tr.t, base: 0 }, owner);
    if (info.bases.some((b) => /Model$|Manager$|QuerySet$|View$|ViewSet$|Mixin$|Admin$|Form$|Serializer$|Command$|Filter(Set)?$/.test(b))) return [];
  }
  const out: { q: DjQuery; at: PyNode }[] = [];
  for (const ret of rets) {
    tr.reset();
    const q = tr.tryQuery(ret);
    if (!q || q.none) continue;
    out.push(q.tree !== tr.t ? { q: { ...q, anchor: { tree: tr.t, node: nameNode! } }, at: nameNode! } : { q, at: q.modelNode });
  }
  // Several arms returning querysets built elsewhere are one finding at the function's name.
  return out.filter((r, i) => r.at !== nameNode || out.findIndex((x) => x.at === nameNode) === i);
}

/** The values a block returns on every path: its last `return`, or each arm of a trailing `if`/`elif`/`else` (empty when a path falls through). */
function endingReturns(block: PyNode, depth = 0): PyNode[] {
  const last = named(block).filter((c) => c.type !== 'comment').at(-1);
  if (last?.type === 'return_statement') {
    const v = named(last)[0];
    return v ? [v] : [];
  }
  if (last?.type !== 'if_statement' || depth > 2) return [];
  const arms = [field(last, 'consequence'), ...named(last).filter((c) => c.type === 'elif_clause').map((c) => field(c, 'consequence')), named(last).find((c) => c.type === 'else_clause')];
  const out: PyNode[] = [];
  for (const a of arms) {
    const b = a?.type === 'else_clause' ? field(a, 'body') : a;
    const rs = b ? endingReturns(b, depth + 1) : [];
    if (!rs.length) return [];
    out.push(...rs);
  }
  return out;
}

/**
 * `self.get_object()` in a generic view or DRF view (an `@action(detail=True)`): Django's and
 * DRF's own `get_object` run `get()` on the (filtered) queryset by the lookup field (`pk`).
 */
export function objectQuery(tr: DjangoTranslator, call: PyNode): DjQuery | 'none' | undefined {
  const f = field(call, 'function');
  const obj = f?.type === 'attribute' ? field(f, 'object') : undefined;
  if (obj?.type !== 'identifier' || textOf(tr.t, field(f!, 'attribute')!) !== 'get_object' || callArgs(tr.t, call).positional.length || callArgs(tr.t, call).keywords.size) return undefined;
  const cls = tr.selfClass(obj);
  const py = tr.ctx.py;
  if (!cls || py.method(cls, 'get_object') || requestFilters(py, cls) || customFilterQueryset(py, cls)) return undefined;
  const names = py.ancestry(cls);
  if (![...names].some((b) => QUERYSET_VIEWS.has(b))) return undefined;
  let q: DjQuery | undefined;
  try {
    tr.reset();
    q = tr.viewQueryset(cls, call);
  } catch (e) {
    if (!(e instanceof Unknown)) throw e;
    return undefined;
  }
  if (!q) return undefined;
  if (q.none) return 'none';
  return byLookup(py, cls, q);
}

/** A view's queryset as `get_object()` runs it: filtered by the view's lookup field (`pk` by default). */
function byLookup(py: PythonIndex, cls: ClassInfo, q: DjQuery): DjQuery | undefined {
  const lf = py.classAttr(cls, 'lookup_field') ?? py.classAttr(cls, 'slug_field');
  const lookup = lf ? decodeStringExpr(lf.cls.unit.tree, lf.value)?.text : 'pk';
  if (!lookup) return undefined;
  const column = lookup === 'pk' ? q.model.pk : q.model.fields.get(lookup)?.column;
  if (!column) return undefined;
  return { ...q, where: [...q.where, { k: 'cmp', table: tableOf(q.model), column, op: '=', n: 1 }] };
}

/**
 * The model of the row `self.get_object()` returns in a generic view or DRF view (`lead = self.get_object(); lead.save()`),
 * or of the `instance` DRF hands to the view's `perform_destroy(self, instance)`.
 */
export function objectModel(tr: DjangoTranslator, call: PyNode): ResolvedModel | undefined {
  if (call.type === 'identifier') {
    const view = tr.file ? destroyHookView(tr.ctx.py, tr.t, enclosingClass(tr.t, tr.file, call), call) : undefined;
    if (!view) return undefined;
    try {
      tr.reset();
      return tr.viewQueryset(view, undefined)?.model;
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      return undefined;
    }
  }
  const q = objectQuery(tr, call);
  return q && q !== 'none' ? q.model : undefined;
}
