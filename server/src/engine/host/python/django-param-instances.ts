/**
 * A function's or method's parameter holding an object of the application's own classes, made
 * by its callers: `def check_redirect(request, huser): huser.get_tickets_in_queues().get(…)`
 * called as `check_redirect(request, HelpdeskUser(request.user))` (or with a local holding that
 * constructor call). When every visible caller passes an instance of the same visible class, the
 * method the parameter is called with is that class's; one unplaceable caller leaves it unknown.
 */
import { memoPerGeneration } from '../generation-memo';
import { field, type PyNode, scopeOf, textOf, unparen } from './ast';
import { bindArguments, type CallSite, stillParameter } from './calls';
import { callsOfFunction } from './function-callers';
import { instanceOf } from './instances';
import type { ClassInfo, FnInfo } from './summaries';

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
  const found = callsOfFunction(s.py, s.t, s.file, fnNode, 16);
  let cls: ClassInfo | undefined;
  for (const c of found?.calls ?? []) {
    if (!c.callee.fn.params.includes(name)) return undefined;
    const arg = unparen(bindArguments(c.tree, c.callee.fn, c.call, c.callee.self)?.args.get(name));
    if (!arg) return undefined;
    const inst = instanceOf(c.site, arg);
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
