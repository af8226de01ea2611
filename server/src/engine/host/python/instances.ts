/**
 * Instances reached through chains of attributes: `controller.repos.leads.get_one(…)` where
 * `controller: BaseUserController` is annotated, `repos` is a `@property` returning a factory's
 * result (`get_repositories(…)` → `AllRepositories(…)`) and `leads` a `@cached_property`
 * returning `RepositoryLeads(session, "id", Lead, LeadOut)`. Python runs the property on each
 * attribute access, so the instance is the one its single `return` makes; its constructor call
 * is kept, since `__init__` may store the model it is given (also through `super().__init__`).
 */
import { callArgs, field, type PyNode, resolveVariable, scopeOf, textOf, unparen, walk } from './ast';
import { annotatedClass, bindArguments, type CallSite, classCalled, type Ctor, resolveCallee, stillParameter } from './calls';
import { type ClassInfo, type FnInfo, scopesOf } from './summaries';

export interface Instance {
  readonly cls: ClassInfo;
  readonly ctor?: Ctor;
}

const PROPERTY = /^\s*@(functools\.)?(property|cached_property)\b/m;

function siteIn(s: CallSite, fn: FnInfo, owner?: ClassInfo): CallSite {
  const t = fn.unit.tree;
  return { py: s.py, t, file: fn.unit.file, scopes: scopesOf(t), selfClass: (o) => (owner && (textOf(t, o) === 'self' || textOf(t, o) === 'cls') && scopeOf(o) === fn.node ? owner : undefined) };
}

/** The instance an expression evaluates to, when a visible constructor, factory or property makes it. */
export function instanceOf(s: CallSite, node: PyNode | undefined, depth = 0): Instance | undefined {
  const n = unparen(node);
  if (!n || depth > 8 || !s.file) return undefined;
  if (n.type === 'identifier') {
    const self = s.selfClass(n);
    if (self) return { cls: self };
    const v = unparen(resolveVariable(s.t, n, s.scopes));
    if (v) return instanceOf(s, v, depth + 1);
    const cls = annotatedClass(s, n);
    return cls ? { cls } : undefined;
  }
  if (n.type === 'call') {
    const cls = classCalled(s, n);
    if (cls) return { cls, ctor: { tree: s.t, file: s.file, call: n } };
    // A factory function returning one constructor call (`get_repositories(…)`).
    const c = resolveCallee(s, n);
    if (!c || c.self || !c.fn.returns) return undefined;
    return instanceOf(siteIn(s, c.fn), c.fn.returns, depth + 1);
  }
  if (n.type === 'attribute') {
    const owner = instanceOf(s, field(n, 'object'), depth + 1);
    const fn = owner ? s.py.method(owner.cls, textOf(s.t, field(n, 'attribute')!)) : undefined;
    const deco = fn?.node.parent?.type === 'decorated_definition' ? textOf(fn.unit.tree, fn.node.parent) : '';
    if (!owner || !fn?.returns || !PROPERTY.test(deco)) return undefined;
    return instanceOf(siteIn(s, fn, owner.cls), fn.returns, depth + 1);
  }
  return undefined;
}

/** The `super().__init__(…)` call of an `__init__` (one without arguments to `super`). */
function superCall(init: FnInfo): PyNode | undefined {
  const t = init.unit.tree;
  let sup: PyNode | undefined;
  walk(init.node, (x) => {
    const f = x.type === 'call' ? unparen(field(x, 'function')) : undefined;
    const o = f?.type === 'attribute' ? unparen(field(f, 'object')) : undefined;
    if (!sup && o?.type === 'call' && textOf(t, field(o, 'function')!) === 'super' && textOf(t, field(f!, 'attribute')!) === '__init__' && !callArgs(t, o).positional.length) sup = x;
  });
  return sup;
}

/** The base `__init__` an `__init__` calls through `super().__init__(…)` (its class's first base). */
export function superInit(py: CallSite['py'], init: FnInfo): FnInfo | undefined {
  const owner = init.owner;
  const base = owner?.bases[0] && superCall(init) ? py.classNamed(owner.unit.file, owner.bases[0]) : undefined;
  return base ? py.method(base, '__init__') : undefined;
}

/**
 * The argument a constructor call gives `init`'s parameter `name` when `init` is a base's
 * `__init__` reached through the subclass's `super().__init__(…)` passing its own parameters on.
 */
export function superArgument(s: { py: CallSite['py'] }, ctor: Ctor, ctorInit: FnInfo, init: FnInfo, name: string): PyNode | undefined {
  const t = ctorInit.unit.tree;
  const sup = superCall(ctorInit);
  if (!sup || ctorInit.node === init.node || superInit(s.py, ctorInit)?.node !== init.node) return undefined;
  const passed = unparen(bindArguments(t, init, sup, { unbound: false })?.args.get(name));
  if (passed?.type !== 'identifier' || !ctorInit.params.includes(textOf(t, passed)) || !stillParameter(scopesOf(t), ctorInit.node, textOf(t, passed), passed)) return undefined;
  return unparen(bindArguments(ctor.tree, ctorInit, ctor.call, { unbound: false })?.args.get(textOf(t, passed)));
}

