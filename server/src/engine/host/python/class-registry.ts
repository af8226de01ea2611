/**
 * Classes looked up in a module-level registry dict keyed by another class (AWX's access classes:
 * `access_registry[model_class](user).get_queryset()`, filled by `register_access(Lead, LeadAccess)`
 * through `def register_access(model_class, access_class): access_registry[model_class] = access_class`).
 * The instance is of the one visible class registered for the key the call names; a key known only
 * at run time, or registered to several classes, stays unknown.
 */
import { memoPerGeneration } from '../generation-memo';
import { field, type PyNode, type PyTree, textOf, unparen, walk } from './ast';
import { bindArguments, type CallSite } from './calls';
import type { ClassInfo, FnInfo } from './summaries';
import type { PythonIndex } from './workspace';

const key = (c: ClassInfo): string => `${c.unit.file}\0${c.name}`;

/** Per index generation: registry (file + dict name) → key class → the class registered (null: several). */
const memo = memoPerGeneration<PythonIndex, string, ReadonlyMap<string, ClassInfo | null>>();

/** `R[p] = q` in a function's body, with `p` and `q` its parameters: the registering function of `R`. */
function registersInto(fn: FnInfo, registry: string): { keyParam: string; valueParam: string } | undefined {
  const t = fn.unit.tree;
  let found: { keyParam: string; valueParam: string } | undefined;
  walk(fn.node, (n) => {
    if (found || n.type !== 'assignment') return;
    const left = unparen(field(n, 'left'));
    const right = unparen(field(n, 'right'));
    const obj = left?.type === 'subscript' ? unparen(field(left, 'value')) : undefined;
    const sub = left?.type === 'subscript' ? unparen(field(left, 'subscript')) : undefined;
    if (obj?.type !== 'identifier' || textOf(t, obj) !== registry || sub?.type !== 'identifier' || right?.type !== 'identifier') return;
    const p = textOf(t, sub);
    const q = textOf(t, right);
    if (fn.params.includes(p) && fn.params.includes(q)) found = { keyParam: p, valueParam: q };
  });
  return found;
}

/** Every registration of the registry `name` of `file`, through the module's registering functions. */
function scan(py: PythonIndex, file: string, name: string): Map<string, ClassInfo | null> {
  const out = new Map<string, ClassInfo | null>();
  for (const fn of py.module(file)?.functions.values() ?? []) {
    const reg = registersInto(fn, name);
    if (!reg) continue;
    for (const c of [...moduleLevelCalls(fn), ...py.callsOf(fn.name, 200)]) {
      const b = bindArguments(c.tree, fn, c.call, undefined);
      const k = b?.args.get(reg.keyParam);
      const v = b?.args.get(reg.valueParam);
      const kc = k ? classOf(py, c.file, c.tree, k) : undefined;
      const vc = v ? classOf(py, c.file, c.tree, v) : undefined;
      if (!kc) continue;
      const before = out.get(key(kc));
      out.set(key(kc), vc && (before === undefined || (before && key(before) === key(vc))) ? vc : null);
    }
  }
  return out;
}

/** Calls of `fn` among the top-level statements of its module (`register_access(Lead, LeadAccess)`), which `callsOf` does not walk. */
function moduleLevelCalls(fn: FnInfo): { file: string; tree: PyTree; call: PyNode }[] {
  let root = fn.node;
  while (root.parent) root = root.parent;
  const t = fn.unit.tree;
  const out: { file: string; tree: PyTree; call: PyNode }[] = [];
  for (const st of root.children) {
    const call = st.type === 'expression_statement' ? unparen(st.children[0]) : undefined;
    const f = call?.type === 'call' ? unparen(field(call, 'function')) : undefined;
    if (f?.type === 'identifier' && textOf(t, f) === fn.name) out.push({ file: fn.unit.file, tree: t, call: call! });
  }
  return out;
}

function classOf(py: PythonIndex, file: string, t: PyTree, n: PyNode): ClassInfo | undefined {
  const u = unparen(n);
  return u && (u.type === 'identifier' || u.type === 'attribute') ? py.classNamed(file, textOf(t, u)) : undefined;
}

/** `R[k](…)`: the class registered in the module-level dict `R` for the class `k` names (here or as the caller's argument). */
export function registeredClass(s: CallSite, ctor: PyNode): ClassInfo | undefined {
  const f = unparen(field(ctor, 'function'));
  const obj = f?.type === 'subscript' ? unparen(field(f, 'value')) : undefined;
  const sub = f?.type === 'subscript' ? unparen(field(f, 'subscript')) : undefined;
  if (obj?.type !== 'identifier' || !sub || !s.file) return undefined;
  const name = textOf(s.t, obj);
  // The registry is a global of this module (a dict, not a parameter or a local).
  const mod = s.py.module(s.file);
  if (!mod || mod.functions.has(name) || mod.classes.has(name) || mod.imports.has(name)) return undefined;
  const arg = sub.type === 'identifier' ? s.argumentOf?.(sub) : undefined;
  const k = arg ? classOf(s.py, arg.file, arg.t, arg.node) : classOf(s.py, s.file, s.t, sub);
  if (!k) return undefined;
  const file = s.file;
  const table = memo.get(s.py, s.py.generation, `${file}\0${name}`, () => scan(s.py, file, name));
  return table.get(key(k)) ?? undefined;
}
