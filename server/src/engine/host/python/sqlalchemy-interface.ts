/**
 * Mapped classes reached through a property of an injected object: `db.Lead` where `db` is a
 * parameter annotated with a visible class (`db: DBInterface`) whose `@property def Lead(self)`
 * returns an imported mapped class (Prefect's database interface, model registries). Python
 * runs the property on attribute access, so `db.Lead` is that class.
 */
import { field, type PyNode, type PyTree, textOf, unparen } from './ast';
import { annotatedClass, type CallSite, type Ctor, moduleClass } from './calls';
import { superArgument } from './instances';
import type { PythonIndex } from './workspace';
import { chosenReturn } from './branches';
import type { ClassInfo, FnInfo } from './summaries';
import { scopesOf } from './summaries';

/** The class a property returns when `u` is `obj.Name` on an annotated parameter; undefined otherwise. */
export function propertyClass(s: CallSite, u: PyNode): ClassInfo | undefined {
  if (u.type !== 'attribute') return undefined;
  const obj = unparen(field(u, 'object'));
  if (obj?.type !== 'identifier' || s.selfClass(obj)) return undefined;
  const owner = annotatedClass(s, obj);
  const fn = owner ? s.py.method(owner, textOf(s.t, field(u, 'attribute')!)) : undefined;
  const deco = fn?.node.parent?.type === 'decorated_definition' ? textOf(fn.unit.tree, fn.node.parent) : '';
  if (!fn || !/^\s*@(functools\.)?(property|cached_property)\b/m.test(deco)) return undefined;
  const ret = unparen(chosenReturn(fn));
  if (!ret) return undefined;
  const tree = fn.unit.tree;
  const at: CallSite = { py: s.py, t: tree, file: fn.unit.file, scopes: scopesOf(tree), selfClass: () => undefined };
  if (ret.type === 'attribute') return moduleClass(at, ret);
  if (ret.type !== 'identifier') return undefined;
  const r = s.py.resolve(fn.unit.file, textOf(tree, ret));
  return r?.kind === 'class' ? r.cls : undefined;
}

/**
 * `self.model = sql_model` in a base's `__init__` while the receiver was made by a subclass
 * whose own `__init__` hands its parameters on through `super().__init__(…)`: the constructor
 * call's argument for it. Undefined when the receiver's class does not define its own `__init__`.
 */
export function viaSuper(py: PythonIndex, ctor: Ctor, cls: ClassInfo, init: FnInfo, value: PyNode): { tree: PyTree; file: string; node: PyNode } | undefined {
  const ctorInit = py.method(cls, '__init__');
  const name = textOf(init.unit.tree, value);
  if (!ctorInit || ctorInit.node === init.node || !init.params.includes(name)) return undefined;
  const a = superArgument({ py }, ctor, ctorInit, init, name);
  return a?.type === 'identifier' ? { tree: ctor.tree, file: ctor.file, node: a } : undefined;
}
