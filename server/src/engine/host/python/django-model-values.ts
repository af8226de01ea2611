/**
 * Model classes held as data and queried in a loop: `for model in (Lead, Visit):
 * model.objects.filter(…)`, `for model_class, field in MODELS:` over (Model, "field") pairs (a
 * literal, a local, a module constant, a dict's `.items()` / `.keys()`), or over a parameter that
 * every visible caller fills from such a list or from a method whose overrides return one (a base
 * view's `check_owned(data, self.get_owner_objects())`, each subclass listing its models). The loop
 * runs the query once per model: each model is one path of the translation, so a model the query
 * cannot prune on is reported. An element that is not a visible Django model, a collection that
 * cannot be seen, or a caller that cannot be followed leaves the receiver unknown.
 */
import { memoPerGeneration } from '../generation-memo';
import { field, named, type PyNode, type PyTree, resolveVariable, type ScopeIndex, scopeOf, textOf, unparen, walk } from './ast';
import { choice } from './branches';
import { bindArguments, enclosingClass, stillParameter } from './calls';
import { callsOfFunction } from './function-callers';
import type { DjangoTranslator } from './django';
import { moduleModel, namedModel } from './django-get-model';
import type { ResolvedModel } from './models';
import { type ClassInfo, everyReturn, scopesOf } from './summaries';
import type { PythonIndex } from './workspace';

/** Where an element of a collection is written. */
interface Place {
  readonly t: PyTree;
  readonly file: string;
  readonly scopes: ScopeIndex;
}

/** One element of a collection: its parts when it is a tuple or a dict's (key, value) pair. */
interface Element {
  readonly at: Place;
  readonly node: PyNode;
  readonly parts?: readonly PyNode[];
}

const MAX_DEPTH = 3;
const MAX_SUBCLASSES = 16;

/** Per loop, per index generation: the models its variable takes (undefined when not all are known). */
const memo = memoPerGeneration<PyNode, string, ResolvedModel[] | undefined>();

/** The model a loop variable stands for on the path being translated (`model` in `for model in (Lead, Visit):`). */
export function loopModel(tr: DjangoTranslator, id: PyNode): ResolvedModel | undefined {
  const loop = tr.file ? bindingLoop(tr.t, id) : undefined;
  if (!loop || !tr.file) return undefined;
  const at: Place = { t: tr.t, file: tr.file, scopes: tr.scopes };
  const models = memo.get(loop.node, tr.py.generation, textOf(tr.t, id), () => loopModels(tr, at, loop, textOf(tr.t, id)));
  if (!models?.length) return undefined;
  if (models.every((m) => m.table === models[0]!.table)) return models[0];
  const k = choice(loop.node, models.length);
  return k === undefined ? undefined : models[k];
}

/** The `for` (statement or comprehension clause) binding `id`, and where `id` sits in its target. */
function bindingLoop(t: PyTree, id: PyNode): { node: PyNode; iterable: PyNode; part: number | undefined } | undefined {
  const name = textOf(t, id);
  for (let p: PyNode | null = id.parent; p; p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'class_definition' || p.type === 'lambda') return undefined;
    const clauses = p.type === 'for_statement' ? (id.start >= (field(p, 'body')?.start ?? Infinity) ? [p] : []) : p.children.filter((c) => c.type === 'for_in_clause' && !(id.start >= c.start && id.end <= c.end));
    for (const c of clauses) {
      const left = unparen(field(c, 'left'));
      const iterable = unparen(field(c, 'right'));
      if (!left || !iterable) continue;
      if (left.type === 'identifier') {
        if (textOf(t, left) === name) return { node: c, iterable, part: undefined };
        continue;
      }
      if (left.type !== 'pattern_list' && left.type !== 'tuple_pattern') continue;
      const i = named(left).findIndex((x) => x.type === 'identifier' && textOf(t, x) === name);
      if (i >= 0) return { node: c, iterable, part: i };
    }
    // A name bound again inside the loop is not the loop's element any more.
    if (p.type === 'for_statement') return undefined;
  }
  return undefined;
}

function loopModels(tr: DjangoTranslator, at: Place, loop: { node: PyNode; iterable: PyNode; part: number | undefined }, name: string): ResolvedModel[] | undefined {
  if (reboundInLoop(at, loop.node, name)) return undefined;
  const els = elementsOf(tr.py, at, loop.iterable, enclosingClass(at.t, at.file, loop.node), 0);
  if (!els?.length) return undefined;
  const out: ResolvedModel[] = [];
  for (const e of els) {
    const n = loop.part === undefined ? e.node : e.parts?.[loop.part];
    const m = n ? modelNamed(tr, e.at, unparen(n)) : undefined;
    if (!m) return undefined;
    if (!out.some((x) => x.table === m.table)) out.push(m);
  }
  return out.length <= 8 ? out : undefined;
}

/** Whether the body of a `for` binds the loop's name again (`model = …`, a nested loop over it): then it is not the element everywhere. */
function reboundInLoop(at: Place, loopNode: PyNode, name: string): boolean {
  const body = loopNode.type === 'for_statement' ? field(loopNode, 'body') : undefined;
  let found = false;
  if (body) {
    walk(body, (n) => {
      if (found || !BINDERS.has(n.type)) return;
      const left = unparen(field(n, 'left') ?? field(n, 'name') ?? field(n, 'alias'));
      const targets = left?.type === 'identifier' ? [left] : left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? named(left) : [];
      if (targets.some((x) => x.type === 'identifier' && textOf(at.t, x) === name)) found = true;
    });
  }
  return found;
}

const BINDERS = new Set(['assignment', 'augmented_assignment', 'for_statement', 'for_in_clause', 'named_expression', 'as_pattern', 'with_item']);

/** A Django model an element names: `Lead`, `models.Lead`, a name bound by `apps.get_model(…)`. */
function modelNamed(tr: DjangoTranslator, at: Place, n: PyNode | undefined): ResolvedModel | undefined {
  const m = n?.type === 'identifier' ? namedModel(tr.ctx.models, at.t, at.scopes, at.file, n) : n?.type === 'attribute' ? moduleModel({ py: tr.py, t: at.t, file: at.file, scopes: at.scopes, selfClass: () => undefined }, tr.ctx.models, n) : undefined;
  return m?.framework === 'django' ? m : undefined;
}

const COLLECTIONS = new Set(['list', 'tuple', 'set', 'expression_list']);

/** The elements a collection expression holds, followed through names, parameters and methods; undefined when not all are seen. */
function elementsOf(py: PythonIndex, at: Place, expr: PyNode | undefined, self: ClassInfo | undefined, depth: number): Element[] | undefined {
  const e = unparen(expr);
  if (!e || depth > MAX_DEPTH) return undefined;
  if (COLLECTIONS.has(e.type)) {
    const items = named(e);
    if (items.some((x) => x.type === 'list_splat' || x.type === 'parenthesized_list_splat' || x.type === 'comment')) return undefined;
    return items.map((x) => {
      const u = unparen(x) ?? x;
      return { at, node: u, parts: u.type === 'tuple' || u.type === 'list' ? named(u) : undefined };
    });
  }
  // Iterating a dict yields its keys.
  if (e.type === 'dictionary') return pairs(e)?.map((p) => ({ at, node: p[0] }));
  if (e.type === 'identifier') {
    const v = resolveVariable(at.t, e, at.scopes);
    if (v) return elementsOf(py, at, v, self, depth + 1);
    return passedByCallers(py, at, e, depth);
  }
  if (e.type !== 'call') return undefined;
  const fn = field(e, 'function');
  if (fn?.type !== 'attribute' || named(field(e, 'arguments') ?? e).length > 0) return undefined;
  const obj = unparen(field(fn, 'object'));
  const attr = textOf(at.t, field(fn, 'attribute')!);
  // `MODEL_FIELDS.items()` / `.keys()`: the dict's (key, value) pairs or keys.
  if (attr === 'items' || attr === 'keys') {
    const d = obj?.type === 'dictionary' ? obj : obj?.type === 'identifier' ? unparen(resolveVariable(at.t, obj, at.scopes)) : undefined;
    const ps = d?.type === 'dictionary' ? pairs(d) : undefined;
    return ps?.map((p) => (attr === 'items' ? { at, node: p[0], parts: p } : { at, node: p[0] }));
  }
  // `self.get_owner_objects()`: what the method of the class, and of each subclass overriding it, returns.
  if (obj?.type === 'identifier' && textOf(at.t, obj) === 'self' && self) return overrideReturns(py, self, attr, depth);
  return undefined;
}

/** A dict display's (key, value) pairs; undefined when it spreads another mapping. */
function pairs(d: PyNode): [PyNode, PyNode][] | undefined {
  const out: [PyNode, PyNode][] = [];
  for (const c of named(d)) {
    if (c.type === 'comment') continue;
    const k = field(c, 'key');
    const v = field(c, 'value');
    if (c.type !== 'pair' || !k || !v) return undefined;
    out.push([k, v]);
  }
  return out;
}

/** The elements every visible caller of a function or method passes for its parameter `id`. */
function passedByCallers(py: PythonIndex, at: Place, id: PyNode, depth: number): Element[] | undefined {
  const fnNode = scopeOf(id);
  const name = textOf(at.t, id);
  if (fnNode.type !== 'function_definition' || !stillParameter(at.scopes, fnNode, name, id)) return undefined;
  const found = callsOfFunction(py, at.t, at.file, fnNode, 16);
  if (!found?.complete || found.calls.length === 0) return undefined;
  const out: Element[] = [];
  for (const c of found.calls) {
    if (!c.callee.fn.params.includes(name)) return undefined;
    const arg = bindArguments(c.tree, c.callee.fn, c.call, c.callee.self)?.args.get(name);
    const place: Place = { t: c.tree, file: c.file, scopes: scopesOf(c.tree) };
    const els = arg ? elementsOf(py, place, arg, enclosingClass(c.tree, c.file, c.call), depth + 1) : undefined;
    if (!els) return undefined;
    out.push(...els);
  }
  return out;
}

/** What `name` returns on a class and on each visible subclass that overrides it (every return a collection). */
function overrideReturns(py: PythonIndex, cls: ClassInfo, name: string, depth: number): Element[] | undefined {
  const classes: ClassInfo[] = [cls];
  for (let i = 0; i < classes.length && classes.length <= MAX_SUBCLASSES; i++) classes.push(...py.subclassesOf(classes[i]!));
  if (classes.length > MAX_SUBCLASSES) return undefined;
  const seen = new Set<PyNode>();
  const out: Element[] = [];
  for (const c of classes) {
    const m = py.method(c, name);
    if (!m) return undefined;
    if (seen.has(m.node)) continue;
    seen.add(m.node);
    const rets = m.returns ? [m.returns] : everyReturn(m.node);
    if (!rets?.length) return undefined;
    const place: Place = { t: m.unit.tree, file: m.unit.file, scopes: scopesOf(m.unit.tree) };
    for (const r of rets) {
      const els = elementsOf(py, place, r, c, depth + 1);
      if (!els) return undefined;
      out.push(...els);
    }
  }
  return out;
}
