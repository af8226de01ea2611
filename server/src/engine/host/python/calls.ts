/**
 * Which visible function a call runs, shared by the Django and SQLAlchemy translators: plain
 * functions (local or imported, through re-exports), `module.helper()`, `self.method()` (the
 * receiver's class when inlined, else the enclosing class), `Class.method()`, and methods of an
 * instance made in view (`Service().m()`, `svc = Service(); svc.m()`).
 */
import { callArgs, field, type PyNode, type PyTree, resolveVariable, type ScopeIndex, scopeOf, textOf, unparen } from './ast';
import { type ClassInfo, classInfoOf, type FnInfo, type PythonIndex } from './workspace';

export interface Callee {
  readonly fn: FnInfo;
  /** What the method's first parameter is: an instance of `cls`, or nothing (`Class.method`). */
  readonly self?: { readonly cls: ClassInfo; readonly unbound?: boolean };
}

export interface CallSite {
  readonly py: PythonIndex;
  readonly t: PyTree;
  readonly scopes: ScopeIndex;
  readonly file: string | undefined;
  /** The class `self` stands for (an inlined method's receiver), when it is known. */
  selfClass(obj: PyNode): ClassInfo | undefined;
}

/** The class whose method holds `node` (`self`/`cls` inside it), when that is direct. */
export function enclosingClass(t: PyTree, file: string, node: PyNode): ClassInfo | undefined {
  const fn = scopeOf(node);
  if (fn.type !== 'function_definition') return undefined;
  const cls = fn.parent?.parent?.type === 'class_definition' ? fn.parent.parent : fn.parent?.type === 'decorated_definition' ? fn.parent.parent?.parent : undefined;
  return cls?.type === 'class_definition' ? classInfoOf({ file, tree: t, base: 0 }, cls) : undefined;
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
  const ofInstance = (ctor: PyNode): Callee | undefined => {
    const cls = classCalled(s, ctor);
    const m = cls ? py.method(cls, method) : undefined;
    return cls && m ? { fn: m, self: { cls } } : undefined;
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
    const v = unparen(resolveVariable(s.t, obj, s.scopes));
    return v?.type === 'call' ? ofInstance(v) : undefined;
  }
  return obj?.type === 'call' ? ofInstance(obj) : undefined;
}

/**
 * Parameters of `fn` → the argument nodes of `call` (in the caller's tree). The first parameter
 * of a bound method (or a classmethod) is `selfName`. Undefined for `*args`/`**kwargs` calls.
 */
export function bindArguments(t: PyTree, fn: FnInfo, call: PyNode, self: { unbound?: boolean } | undefined): { selfName?: string; args: Map<string, PyNode> } | undefined {
  const a = callArgs(t, call);
  if (a.splat) return undefined;
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
  for (const [k, v] of a.keywords) if (params.includes(k)) args.set(k, v);
  return { ...(selfName ? { selfName } : {}), args };
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
