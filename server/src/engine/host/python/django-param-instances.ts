/**
 * A module-level function's parameter holding an object of the application's own classes, made
 * by its callers: `def check_redirect(request, huser): huser.get_tickets_in_queues().get(…)`
 * called as `check_redirect(request, HelpdeskUser(request.user))` (or with a local holding that
 * constructor call). When every visible caller passes an instance of the same visible class, the
 * method the parameter is called with is that class's; one unplaceable caller leaves it unknown.
 */
import { memoPerGeneration } from '../generation-memo';
import { field, type PyNode, scopeOf, textOf, unparen } from './ast';
import { bindArguments, type CallSite, stillParameter } from './calls';
import { instanceOf } from './instances';
import { type ClassInfo, type FnInfo, scopesOf } from './summaries';

/** Per function and parameter, per index generation: the callers' class (a function's callers are walked once). */
const memo = memoPerGeneration<PyNode, string, ClassInfo | undefined>();

/** The visible class every visible caller of the function around `id` passes for that parameter. */
export function callersInstanceClass(s: CallSite, id: PyNode): ClassInfo | undefined {
  const fnNode = scopeOf(id);
  const name = textOf(s.t, id);
  if (!s.file || fnNode.type !== 'function_definition' || !stillParameter(s.scopes, fnNode, name, id)) return undefined;
  return memo.get(fnNode, s.py.generation, name, () => passedClass(s, fnNode, name));
}

function passedClass(s: CallSite, fnNode: PyNode, name: string): ClassInfo | undefined {
  if (!s.file) return undefined;
  const top = fnNode.parent?.type === 'decorated_definition' ? fnNode.parent : fnNode;
  if (top.parent?.type !== 'module') return undefined;
  const fname = textOf(s.t, field(fnNode, 'name')!);
  const sym = s.py.resolve(s.file, fname);
  if (sym?.kind !== 'function' || !sym.fn.params.includes(name)) return undefined;
  const fn: FnInfo = sym.fn;
  let cls: ClassInfo | undefined;
  for (const c of s.py.callsOf(fname, 16)) {
    const callee = field(c.call, 'function');
    const s2 = callee?.type === 'identifier' ? s.py.resolve(c.file, fname) : undefined;
    if (s2?.kind !== 'function' || s2.fn.node !== fn.node) continue;
    const arg = unparen(bindArguments(c.tree, fn, c.call, undefined)?.args.get(name));
    if (!arg) return undefined;
    const site: CallSite = { py: s.py, t: c.tree, file: c.file, scopes: scopesOf(c.tree), selfClass: () => undefined };
    const inst = instanceOf(site, arg);
    if (!inst || (cls && inst.cls.node !== cls.node)) return undefined;
    cls = inst.cls;
  }
  return cls;
}

/** `param.method(…)` on such a parameter: the class's method, with `self` of that class. */
export function callersInstanceCallee(s: CallSite, call: PyNode): { fn: FnInfo; self: { cls: ClassInfo } } | undefined {
  const f = field(call, 'function');
  const obj = f?.type === 'attribute' ? unparen(field(f, 'object')) : undefined;
  if (obj?.type !== 'identifier' || s.selfClass(obj)) return undefined;
  const cls = callersInstanceClass(s, obj);
  const m = cls ? s.py.method(cls, textOf(s.t, field(f!, 'attribute')!)) : undefined;
  return cls && m ? { fn: m, self: { cls } } : undefined;
}
