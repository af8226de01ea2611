/**
 * Which visible function a call runs, shared by the Django and SQLAlchemy translators: plain
 * functions (local or imported, through re-exports), `module.helper()`, `self.method()` (the
 * receiver's class when inlined, else the enclosing class), `Class.method()`, and methods of an
 * instance made in view (`Service().m()`, `svc = Service(); svc.m()`).
 */
import { callArgs, field, named, type PyNode, type PyTree, resolveVariable, type ScopeIndex, scopeOf, textOf, unparen, walk } from './ast';
import { type ClassInfo, classInfoOf, type FnInfo, type PySymbol, scopesOf } from './summaries';
import type { PythonIndex } from './workspace';
import { spreadKeywords } from './spread-dicts';
import { alternativesOf } from './branches';
import { mergeAlternatives, type PyRun, Unknown } from './synth';
import { instanceOf, superInit } from './instances';
import { locatedClass } from './service-locator';
import { registeredClass } from './class-registry';

/** Where an instance was made: `CRUDLead(Lead)` (its arguments may name what `__init__` keeps). */
export interface Ctor {
  readonly tree: PyTree;
  readonly file: string;
  readonly call: PyNode;
}

export interface Callee {
  readonly fn: FnInfo;
  /** What the method's first parameter is: an instance of `cls` (made by `ctor`, when seen), or nothing (`Class.method`). */
  readonly self?: { readonly cls: ClassInfo; readonly unbound?: boolean; readonly ctor?: Ctor };
}

export interface CallSite {
  readonly py: PythonIndex;
  readonly t: PyTree;
  readonly scopes: ScopeIndex;
  readonly file: string | undefined;
  /** The class `self` stands for (an inlined method's receiver), when it is known. */
  selfClass(obj: PyNode): ClassInfo | undefined;
  /** What the caller passed for a parameter of the inlined function, when it is known. */
  argumentOf?(param: PyNode): { t: PyTree; file: string; node: PyNode } | undefined;
}

/** The class whose method holds `node` (`self`/`cls` inside it), when that is direct. */
export function enclosingClass(t: PyTree, file: string, node: PyNode): ClassInfo | undefined {
  const fn = closureOwner(t, node);
  if (fn.type !== 'function_definition') return undefined;
  const cls = fn.parent?.parent?.type === 'class_definition' ? fn.parent.parent : fn.parent?.type === 'decorated_definition' ? fn.parent.parent?.parent : undefined;
  return cls?.type === 'class_definition' ? classInfoOf({ file, tree: t, base: 0 }, cls) : undefined;
}

/**
 * The scope a name is bound in when read inside lambdas or nested functions that do not bind it
 * themselves (`lambda: self.outputs.count()` in a method reads the method's `self`).
 */
function closureOwner(t: PyTree, node: PyNode): PyNode {
  const name = node.type === 'identifier' ? textOf(t, node) : undefined;
  let fn = scopeOf(node);
  while (name && (fn.type === 'lambda' || (fn.type === 'function_definition' && fn.parent?.type === 'block' && fn.parent.parent?.type !== 'class_definition'))) {
    const params = field(fn, 'parameters');
    if (params && named(params).some((p) => textOf(t, p.type === 'identifier' ? p : (field(p, 'name') ?? p)) === name)) break;
    fn = scopeOf(fn);
  }
  return fn;
}

/** The visible class a constructor call instantiates (`Service()`, `services.Service()`). */
export function classCalled(s: CallSite, ctor: PyNode): ClassInfo | undefined {
  const fn = unparen(field(ctor, 'function'));
  if (!fn || !s.file) return undefined;
  if (fn.type === 'identifier') {
    const r = s.py.resolve(s.file, textOf(s.t, fn));
    return r?.kind === 'class' ? r.cls : undefined;
  }
  const o = unparen(field(fn, 'object'));
  if (fn.type === 'attribute' && o?.type === 'identifier') {
    const r = s.py.resolve(s.file, textOf(s.t, o));
    const m = r?.kind === 'module' ? s.py.member(r.mod, textOf(s.t, field(fn, 'attribute')!)) : undefined;
    return m?.kind === 'class' ? m.cls : undefined;
  }
  return undefined;
}

/**
 * `models.Lead` after `from app import models` (a module or package that defines or re-exports
 * the class): the class and the file it is declared in.
 */
export function moduleClass(s: CallSite, n: PyNode | undefined): ClassInfo | undefined {
  const u = unparen(n);
  const o = u?.type === 'attribute' ? unparen(field(u, 'object')) : undefined;
  if (o?.type !== 'identifier' || !s.file || s.selfClass(o)) return undefined;
  const r = s.py.resolve(s.file, textOf(s.t, o));
  const m = r?.kind === 'module' ? s.py.member(r.mod, textOf(s.t, field(u!, 'attribute')!)) : undefined;
  return m?.kind === 'class' ? m.cls : undefined;
}

/** The visible function a call runs, with what `self` is for a method. */
export function resolveCallee(s: CallSite, call: PyNode): Callee | undefined {
  const f = field(call, 'function');
  const py = s.py;
  if (!s.file) return undefined;
  if (f?.type === 'identifier') {
    const r = py.resolve(s.file, textOf(s.t, f));
    return r?.kind === 'function' ? { fn: r.fn } : undefined;
  }
  if (f?.type !== 'attribute') return undefined;
  const obj = unparen(field(f, 'object'));
  const method = textOf(s.t, field(f, 'attribute')!);
  const ofInstance = (ctor: PyNode, at: CallSite = s): Callee | undefined => {
    // `request.find_service(IProjectService)`: the registered service (no constructor arguments to read).
    const located = locatedClass(at, ctor) ?? registeredClass(at, ctor);
    const lm = located ? py.method(located, method) : undefined;
    if (located) return lm ? { fn: lm, self: { cls: located } } : undefined;
    const cls = classCalled(at, ctor);
    const m = cls ? py.method(cls, method) : undefined;
    return cls && m && at.file ? { fn: m, self: { cls, ctor: { tree: at.t, file: at.file, call: ctor } } } : undefined;
  };
  // `lead = CRUDLead(Lead)` at module level (here or imported): `lead.get(db, id)`.
  const ofModuleInstance = (r: PySymbol | undefined): Callee | undefined => {
    if (r?.kind !== 'instance') return undefined;
    const tree = r.inst.unit.tree;
    return ofInstance(r.inst.call, { py, t: tree, file: r.inst.unit.file, scopes: scopesOf(tree), selfClass: () => undefined });
  };
  if (obj?.type === 'identifier') {
    const self = s.selfClass(obj);
    if (self) {
      const m = py.method(self, method);
      return m ? { fn: m, self: { cls: self } } : undefined;
    }
    const r = py.resolve(s.file, textOf(s.t, obj));
    if (r?.kind === 'module') {
      const m = py.member(r.mod, method);
      return m?.kind === 'function' ? { fn: m.fn } : undefined;
    }
    if (r?.kind === 'class') {
      const m = py.method(r.cls, method);
      return m ? { fn: m, self: { cls: r.cls, unbound: true } } : undefined;
    }
    if (r?.kind === 'instance') return ofModuleInstance(r);
    const v = unparen(resolveVariable(s.t, obj, s.scopes));
    const loaded = v?.type === 'call' ? loadedClass(s, v) : undefined;
    if (loaded) {
      // `lead = get_object_or_404(Lead, pk=pk)`; `lead.recent_outputs()`: a model instance's method.
      const m = py.method(loaded, method);
      return m ? { fn: m, self: { cls: loaded } } : undefined;
    }
    if (v?.type === 'call') return ofInstance(v);
    // `def list_leads(repo: LeadRepository)`: a parameter annotated with a visible class.
    const cls = v ? undefined : annotatedClass(s, obj);
    const m = cls ? py.method(cls, method) : undefined;
    return cls && m ? { fn: m, self: { cls } } : undefined;
  }
  if (obj?.type === 'attribute') {
    // `self.repo.m()` where `__init__` set `self.repo = LeadRepository(session)`.
    const o = unparen(field(obj, 'object'));
    // `crud.lead.get(db, id)`: an instance a module holds.
    const mod = o?.type === 'identifier' && !s.selfClass(o) ? py.resolve(s.file, textOf(s.t, o)) : undefined;
    const member = mod?.kind === 'module' ? py.member(mod.mod, textOf(s.t, field(obj, 'attribute')!)) : undefined;
    if (member?.kind === 'class') {
      // `models.Lead.search(…)`: a classmethod of a class reached through its module.
      const m = py.method(member.cls, method);
      return m ? { fn: m, self: { cls: member.cls, unbound: true } } : undefined;
    }
    if (member) return ofModuleInstance(member);
    const owner = o?.type === 'identifier' ? s.selfClass(o) : undefined;
    const held = owner ? instanceAttr(py, owner, textOf(s.t, field(obj, 'attribute')!)) : undefined;
    if (!held) {
      // `controller.repos.leads.get_one(…)`: an instance made by visible properties and factories.
      const inst = instanceOf(s, obj);
      const m = inst ? py.method(inst.cls, method) : undefined;
      return inst && m ? { fn: m, self: { cls: inst.cls, ...(inst.ctor ? { ctor: inst.ctor } : {}) } } : undefined;
    }
    const v = unparen(held.value);
    if (v?.type !== 'call') return undefined;
    const tree = held.fn.unit.tree;
    return ofInstance(v, { py, t: tree, file: held.fn.unit.file, scopes: scopesOf(tree), selfClass: () => undefined });
  }
  return obj?.type === 'call' ? ofInstance(obj) : undefined;
}

const LOADS_ONE = new Set(['get', 'first', 'last', 'latest', 'earliest', 'get_or_none']);

/**
 * The model class of an instance loaded by a call: `get_object_or_404(Lead, …)`,
 * `Lead.objects.get(…)`, `Lead.objects.filter(…).first()`.
 */
function loadedClass(s: CallSite, call: PyNode): ClassInfo | undefined {
  const f = unparen(field(call, 'function'));
  // Down a chain `Model.manager.filter(…)…` to `Model.manager` (or the model itself, `get_object_or_404(Model, …)`).
  const chainOf = (n: PyNode | undefined): PyNode | undefined => {
    let o = unparen(n);
    for (let i = 0; i < 12 && o?.type === 'call'; i++) {
      const g = unparen(field(o, 'function'));
      o = g?.type === 'attribute' ? unparen(field(g, 'object')) : undefined;
    }
    return o;
  };
  let root: PyNode | undefined;
  if (f?.type === 'identifier' && textOf(s.t, f) === 'get_object_or_404') root = chainOf(callArgs(s.t, call).positional[0]);
  else if (f?.type === 'attribute' && LOADS_ONE.has(textOf(s.t, field(f, 'attribute')!))) root = chainOf(field(f, 'object'));
  if (!s.file || (root?.type !== 'identifier' && root?.type !== 'attribute')) return undefined;
  // The class named (`Lead`, `models.Lead`), else the receiver of a manager (`Lead.objects`, `models.Lead.objects`).
  const named = s.py.classNamed(s.file, textOf(s.t, root));
  const recv = root.type === 'attribute' ? unparen(field(root, 'object')) : undefined;
  return named ?? (recv && /^[\w.]+$/.test(textOf(s.t, recv)) ? s.py.classNamed(s.file, textOf(s.t, recv)) : undefined);
}

/** The visible class a parameter is annotated with (`repo: LeadRepository`, `repo: "LeadRepository"`), when not reassigned. */
export function annotatedClass(s: CallSite, id: PyNode): ClassInfo | undefined {
  const fn = scopeOf(id);
  if (fn.type !== 'function_definition' || !s.file) return undefined;
  const name = textOf(s.t, id);
  if (!stillParameter(s.scopes, fn, name, id)) return undefined;
  const params = field(fn, 'parameters');
  for (const p of params ? named(params) : []) {
    if (p.type !== 'typed_parameter' && p.type !== 'typed_default_parameter') continue;
    const pn = p.type === 'typed_parameter' ? named(p).find((x) => x.type === 'identifier') : field(p, 'name');
    if (!pn || textOf(s.t, pn) !== name) continue;
    const ty = field(p, 'type');
    const written = ty ? textOf(s.t, ty).replace(/^["']|["']$/g, '') : '';
    if (!/^[A-Za-z_][\w.]*$/.test(written)) return undefined;
    return s.py.classNamed(s.file, written);
  }
  return undefined;
}

/**
 * Parameters of `fn` → the argument nodes of `call` (in the caller's tree). The first parameter
 * of a bound method (or a classmethod) is `selfName`. Undefined for `*args`/`**kwargs` calls.
 */
export function bindArguments(t: PyTree, fn: FnInfo, call: PyNode, self: { unbound?: boolean } | undefined, spread = false): { selfName?: string; args: Map<string, PyNode> } | undefined {
  const a = callArgs(t, call);
  // A spread of a literal dict passes its entries as keywords; another may fill any parameter, unless the caller knows where it goes (`spread`).
  const keywords = a.splat ? spreadKeywords(t, call) : a.keywords;
  if (a.splat && !spread && !keywords) return undefined;
  const params = [...fn.params];
  let selfName: string | undefined;
  const decorated = fn.node.parent?.type === 'decorated_definition' ? textOf(fn.unit.tree, fn.node.parent) : '';
  const isStatic = /@staticmethod\b/.test(decorated);
  if (fn.owner && !isStatic && params.length > 0 && !(self?.unbound && !/@classmethod\b/.test(decorated))) selfName = params.shift();
  const args = new Map<string, PyNode>();
  a.positional.forEach((x, i) => {
    const p = params[i];
    if (p && p !== '\u0000') args.set(p, x);
  });
  for (const [k, v] of keywords ?? a.keywords) if (params.includes(k)) args.set(k, v);
  return { ...(selfName ? { selfName } : {}), args };
}

/**
 * `self.model = model` in `__init__` with `model` a parameter: the argument the constructor call
 * passes for it (`CRUDLead(Lead)` → `Lead`), when it is a plain name.
 */
export function ctorArgument(ctor: Ctor, init: FnInfo, param: PyNode): { tree: PyTree; file: string; node: PyNode } | undefined {
  const name = textOf(init.unit.tree, param);
  const scopes = scopesOf(init.unit.tree);
  if (!init.params.includes(name) || !stillParameter(scopes, init.node, name, param)) return undefined;
  const b = bindArguments(ctor.tree, init, ctor.call, { unbound: false });
  const a = unparen(b?.args.get(name));
  return a?.type === 'identifier' ? { tree: ctor.tree, file: ctor.file, node: a } : undefined;
}

/** The name node of a call's callee (`microsoft_leads` in `svc.microsoft_leads()`). */
export function calleeName(n: PyNode | undefined): PyNode | undefined {
  if (n?.type !== 'call') return undefined;
  const fn = field(n, 'function');
  if (fn?.type === 'identifier') return fn;
  if (fn?.type === 'attribute') return field(fn, 'attribute');
  return undefined;
}

/** Whether a parameter use still means the argument (no reassignment before it). */
export function stillParameter(scopes: ScopeIndex, fnNode: PyNode, name: string, use: PyNode): boolean {
  const binds = scopes.assignments(fnNode).get(name) ?? [];
  return !binds.some((b) => b.pos > 0 && b.pos <= use.start);
}

/** Methods Django's `View.as_view()` runs before every handler (`get`, `post`, `get_queryset`…). */
const VIEW_INITIALIZERS = ['setup', 'dispatch'];

/**
 * `self.qs = Lead.objects.filter(...)` / `self.model = Lead` in `__init__` (or, in a Django
 * class-based view, in `setup()`/`dispatch()` before it hands over to the handler): the one value
 * an instance attribute holds, when that method (of the class or a visible base) assigns it
 * exactly once at the top of its body and no other method of the class or its visible bases
 * assigns it.
 */
export function instanceAttr(py: PythonIndex, cls: ClassInfo, attr: string): { fn: FnInfo; value: PyNode } | undefined {
  const isView = [...py.ancestry(cls)].some((b) => /View$/.test(b));
  let init: FnInfo | undefined;
  let found: PyNode | undefined;
  for (const name of isView ? ['__init__', ...VIEW_INITIALIZERS] : ['__init__']) {
    let m = py.method(cls, name);
    // A subclass `__init__` handing its parameters on (`super().__init__(…)`) to the base's that keeps them.
    for (let d = 0; m && d < 4 && !init; d++) {
      const r = topAssignment(m, attr, name === 'dispatch');
      if (r === null) return undefined;
      if (r) {
        init = m;
        found = r;
      } else m = name === '__init__' ? superInit(py, m) : undefined;
    }
    if (init) break;
  }
  const selfName = init?.params[0];
  if (!init || !selfName) return undefined;
  const t = init.unit.tree;
  const isTarget = (n: PyNode | undefined): boolean => {
    const u = unparen(n);
    if (u?.type !== 'attribute') return false;
    const o = unparen(field(u, 'object'));
    return o?.type === 'identifier' && textOf(t, field(u, 'attribute')!) === attr && (textOf(t, o) === selfName || textOf(t, o) === 'self');
  };
  // Any other write (a branch of `__init__`, another method, `setattr`-like augmented assignment) makes it unknown.
  let writes = 0;
  const seen = new Set<PyNode>();
  const todo: ClassInfo[] = [cls];
  for (let k = 0; k < todo.length && k < 20; k++) {
    const c = todo[k]!;
    for (const m of c.methods.values()) {
      if (seen.has(m.node)) continue;
      seen.add(m.node);
      const mt = m.unit.tree;
      walk(m.node, (n) => {
        if (n.type !== 'assignment' && n.type !== 'augmented_assignment') return;
        const l = unparen(field(n, 'left'));
        if (mt === t ? isTarget(l) || (l?.type === 'pattern_list' && named(l).some((x) => isTarget(x))) : new RegExp(`\\bself\\.${attr}\\b`).test(l ? textOf(mt, l) : '')) writes++;
      });
    }
    for (const b of c.bases) {
      const base = py.classNamed(c.unit.file, b);
      if (base && !todo.includes(base)) todo.push(base);
    }
  }
  return writes === 1 && found ? { fn: init, value: found } : undefined;
}

/**
 * The value `self.<attr> = …` assigns among the top statements of `m`'s body (before it returns,
 * and before `super()` hands over to the handler when `beforeHandOver`); null when assigned twice there.
 */
function topAssignment(m: FnInfo, attr: string, beforeHandOver: boolean): PyNode | undefined | null {
  const t = m.unit.tree;
  const selfName = m.params[0];
  if (!selfName) return undefined;
  let found: PyNode | undefined;
  const body = field(m.node, 'body');
  for (const s of body ? named(body) : []) {
    if (s.type === 'return_statement' || (beforeHandOver && /\bsuper\(/.test(textOf(t, s)))) break;
    const a = s.type === 'expression_statement' ? named(s)[0] : undefined;
    const l = a?.type === 'assignment' ? unparen(field(a, 'left')) : undefined;
    const o = l?.type === 'attribute' ? unparen(field(l, 'object')) : undefined;
    if (o?.type === 'identifier' && (textOf(t, o) === selfName || textOf(t, o) === 'self') && textOf(t, field(l!, 'attribute')!) === attr) {
      if (found) return null;
      found = field(a!, 'right');
    }
  }
  return found;
}

/** A call a helper's single visible caller makes, as a translator of the caller's file sees it. */
interface CallerTranslator<R> extends CallSite {
  evaluatedByCallee(call: PyNode): R[];
}

/**
 * A helper that runs a query passed to it (`def export(qs): for x in qs`, `def paginate(session,
 * stmt, page): session.scalars(stmt…)`) and has exactly one visible caller: judged where the helper
 * runs it, with the query that caller passes (one alternative per conditional path). `translator`
 * reads the caller's file; `synth` renders one run at the helper's node with the caller as related.
 * One caller is the shared placement's agreement (query/placement.ts): every statement of the
 * helper that runs the caller's value is reported where it runs, one run per place.
 */
export function runForSingleCaller<R extends { readonly site: { readonly node: PyNode } }>(
  t: PyTree,
  py: PythonIndex,
  file: string | undefined,
  fnNode: PyNode,
  translator: (c: { file: string; tree: PyTree }) => CallerTranslator<R>,
  synth: (r: R, here: PyNode, caller: { tree: PyTree; node: PyNode }) => PyRun[],
): PyRun[] {
  const nameNode = field(fnNode, 'name');
  const name = nameNode ? textOf(t, nameNode) : '';
  if (!file || !name || name.startsWith('__')) return [];
  const calls = py.callsOf(name, 2);
  if (calls.length !== 1) return [];
  const c = calls[0]!;
  const ctr = translator(c);
  const callee = resolveCallee(ctr, c.call);
  if (!callee || callee.fn.name !== name || callee.fn.unit.file.replace(/\\/g, '/') !== file.replace(/\\/g, '/')) return [];
  const rel = (r: R): number => r.site.node.start - callee.fn.node.start;
  // Each place in the helper that runs the caller's value is its own statement.
  const offsets = new Set<number>();
  alternativesOf(() => ctr.evaluatedByCallee(c.call).forEach((r) => offsets.add(rel(r))));
  const out: PyRun[] = [];
  for (const off of offsets) {
    const runs = alternativesOf(() => {
      const rs = ctr.evaluatedByCallee(c.call).filter((r) => rel(r) === off);
      if (rs.length !== 1) return undefined;
      const r = rs[0]!;
      // The node in the helper where the caller's value runs, at the same offset within the function.
      let here: PyNode | undefined;
      walk(fnNode, (x) => {
        if (!here && x.type === r.site.node.type && x.start - fnNode.start === rel(r)) here = x;
      });
      if (!here) return undefined;
      try {
        return synth(r, here, { tree: c.tree, node: calleeName(c.call) ?? c.call });
      } catch (x) {
        if (!(x instanceof Unknown)) throw x;
        return undefined;
      }
    });
    if (runs.length) out.push(mergeAlternatives(runs));
  }
  return out;
}

const forwarded = new WeakMap<PyNode, PyNode | null>();

/**
 * `get_object_or_404(Lead.get_by_id, pk, user)` where the visible helper calls its first
 * parameter with the rest (`def get_object_or_404(fn, *args, **kwargs): return fn(*args, **kwargs)`):
 * the call it makes, `Lead.get_by_id(pk, user)`, as a node of the caller's tree (one per call).
 */
export function forwardedCall(s: CallSite, call: PyNode): PyNode | undefined {
  const hit = forwarded.get(call);
  if (hit !== undefined) return hit ?? undefined;
  let out: PyNode | null = null;
  const list = field(call, 'arguments');
  const args = list?.type === 'argument_list' ? named(list) : [];
  const target = unparen(args[0]);
  if ((target?.type === 'attribute' || target?.type === 'identifier') && !args.some((x) => x.type === 'list_splat' || x.type === 'dictionary_splat')) {
    const c = resolveCallee(s, call);
    if (c && !c.self && forwardsFirst(c.fn)) {
      const fn: PyNode = { ...target, field: 'function', parent: null };
      const rest: PyNode = { type: 'argument_list', start: target.end, end: list!.end, field: 'arguments', named: true, children: args.slice(1), parent: null };
      out = { type: 'call', start: call.start, end: call.end, field: call.field, named: true, children: [fn, rest], parent: call.parent };
      fn.parent = out;
      rest.parent = out;
    }
  }
  forwarded.set(call, out);
  return out ?? undefined;
}

/** A function `(fn, *args, **kwargs)` that calls `fn(*args, **kwargs)` (and nothing else with them). */
function forwardsFirst(f: FnInfo): boolean {
  const t = f.unit.tree;
  const ps = field(f.node, 'parameters');
  const list = ps ? named(ps) : [];
  const first = list[0];
  const star = list.find((x) => x.type === 'list_splat_pattern');
  const kw = list.find((x) => x.type === 'dictionary_splat_pattern');
  if (first?.type !== 'identifier' || !star || list.some((x) => x !== first && x !== star && x !== kw)) return false;
  const name = textOf(t, first);
  const starName = textOf(t, named(star)[0] ?? star);
  const kwName = kw ? textOf(t, named(kw)[0] ?? kw) : undefined;
  let calls = 0;
  walk(f.node, (n) => {
    if (n.type !== 'call' || textOf(t, field(n, 'function') ?? n) !== name) return;
    const a = field(n, 'arguments');
    const passed = a ? named(a) : [];
    const ok = passed.every((x) => (x.type === 'list_splat' && textOf(t, named(x)[0] ?? x) === starName) || (x.type === 'dictionary_splat' && kwName !== undefined && textOf(t, named(x)[0] ?? x) === kwName));
    calls += ok && passed.length > 0 ? 1 : 1000;
  });
  return calls === 1;
}

/**
 * A call inside `fnNode` that passes on exactly what `fnNode` received (`self.api(*args, **kwargs)`
 * in `def api_v2(self, *args, **kwargs)`, no other parameter but the receiver).
 */
export function forwardsAll(t: PyTree, fnNode: PyNode, call: PyNode): boolean {
  const ps = field(fnNode, 'parameters');
  const params = ps ? named(ps) : [];
  const star = params.find((x) => x.type === 'list_splat_pattern');
  const kw = params.find((x) => x.type === 'dictionary_splat_pattern');
  const plain = params.filter((x) => x !== star && x !== kw);
  if ((!star && !kw) || plain.length > 1 || (plain[0] && !['self', 'cls'].includes(textOf(t, plain[0])))) return false;
  const a = field(call, 'arguments');
  const passed = a?.type === 'argument_list' ? named(a) : [];
  const nameOf = (x: PyNode): string => textOf(t, named(x)[0] ?? x);
  return passed.length > 0 && passed.every((x) => (x.type === 'list_splat' && star && nameOf(x) === nameOf(star)) || (x.type === 'dictionary_splat' && kw && nameOf(x) === nameOf(kw)));
}
