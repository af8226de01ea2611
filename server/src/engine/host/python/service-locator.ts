/**
 * Services found through a registry (Pyramid's pyramid_services, Zope's component registry):
 * `svc = request.find_service(IProjectService)` is the object the factory registered for that
 * interface returns (`config.register_service_factory(project_service_factory, IProjectService)`
 * with `def project_service_factory(context, request): return ProjectService(request.db)`), or
 * the instance registered (`config.register_service(ProjectService(db), IProjectService)`,
 * `registry.registerUtility(obj, IFoo)`). The class is known when exactly one visible class is
 * registered for the interface; registrations are scanned once per index generation.
 */
import { memoPerGeneration } from '../generation-memo';
import { callArgs, field, type PyNode, type PyTree, textOf, unparen } from './ast';
import { type ClassInfo, everyReturn } from './summaries';
import type { PythonIndex } from './workspace';

const LOCATE = new Set(['find_service', 'getUtility', 'queryUtility']);
const REGISTER = new Map<string, 'factory' | 'instance'>([
  ['register_service_factory', 'factory'],
  ['register_service', 'instance'],
  ['registerUtility', 'instance'],
]);

interface Located {
  readonly py: PythonIndex;
  readonly t: PyTree;
  readonly file: string | undefined;
}

const key = (c: ClassInfo): string => `${c.unit.file}\0${c.name}`;

/** The visible class a call of a class makes (`ProjectService(db)`, `services.ProjectService(db)`). */
function madeClass(py: PythonIndex, file: string, call: PyNode | undefined, t: PyTree): ClassInfo | undefined {
  const u = unparen(call);
  const f = u?.type === 'call' ? unparen(field(u, 'function')) : undefined;
  return f && (f.type === 'identifier' || f.type === 'attribute') ? py.classNamed(file, textOf(t, f)) : undefined;
}

/** What a registered factory makes: a class itself, or the one class a factory function's returns all make. */
function factoryClass(py: PythonIndex, file: string, t: PyTree, factory: PyNode): ClassInfo | undefined {
  const u = unparen(factory);
  if (u?.type !== 'identifier' && u?.type !== 'attribute') return undefined;
  const cls = py.classNamed(file, textOf(t, u));
  if (cls) return cls;
  const r = u.type === 'identifier' ? py.resolve(file, textOf(t, u)) : undefined;
  if (r?.kind !== 'function') return undefined;
  const rets = r.fn.returns ? [r.fn.returns] : (everyReturn(r.fn.node) ?? []);
  const made = rets.map((x) => madeClass(py, r.fn.unit.file, x, r.fn.unit.tree));
  const first = made[0];
  return first && made.every((m) => m && key(m) === key(first)) ? first : undefined;
}

/** Per index generation: the registrations (one scan answers every interface). */
const memo = memoPerGeneration<PythonIndex, 'registrations', ReadonlyMap<string, ClassInfo | null>>();

/** Interface → the one class registered for it in the visible code (null: none or several). */
function registrations(py: PythonIndex): ReadonlyMap<string, ClassInfo | null> {
  return memo.get(py, py.generation, 'registrations', () => scanRegistrations(py));
}

function scanRegistrations(py: PythonIndex): Map<string, ClassInfo | null> {
  const byIface = new Map<string, ClassInfo | null>();
  for (const [name, how] of REGISTER) {
    for (const c of py.callsOf(name, 200)) {
      const a = callArgs(c.tree, c.call);
      const made = how === 'factory' ? (a.positional[0] ? factoryClass(py, c.file, c.tree, a.positional[0]) : undefined) : madeClass(py, c.file, a.positional[0] ?? a.keywords.get('component'), c.tree);
      const ifaceNode = unparen(a.positional[1] ?? a.keywords.get('iface') ?? a.keywords.get('provided'));
      const iface = ifaceNode && (ifaceNode.type === 'identifier' || ifaceNode.type === 'attribute') ? py.classNamed(c.file, textOf(c.tree, ifaceNode)) : undefined;
      if (!iface) continue;
      const k = key(iface);
      const before = byIface.get(k);
      byIface.set(k, made && (before === undefined || (before && key(before) === key(made))) ? made : null);
    }
  }
  return byIface;
}

/** `request.find_service(IProjectService, …)`: the class registered for the interface, when it is one visible class. */
export function locatedClass(s: Located, call: PyNode): ClassInfo | undefined {
  const f = unparen(field(call, 'function'));
  if (f?.type !== 'attribute' || !LOCATE.has(textOf(s.t, field(f, 'attribute')!)) || !s.file) return undefined;
  const a = callArgs(s.t, call);
  const ifaceNode = unparen(a.positional[0] ?? a.keywords.get('iface') ?? a.keywords.get('provided'));
  const iface = ifaceNode && (ifaceNode.type === 'identifier' || ifaceNode.type === 'attribute') ? s.py.classNamed(s.file, textOf(s.t, ifaceNode)) : undefined;
  return iface ? (registrations(s.py).get(key(iface)) ?? undefined) : undefined;
}
