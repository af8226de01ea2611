/**
 * The argument a caller passed for a parameter of the function being inlined, as a node in the
 * caller's tree (`get_user_queryset(request.user, Lead)` → `Lead`), for readers that need the
 * expression itself rather than the queryset it stands for (a class used as a registry key),
 * followed up through callers that pass their own parameter on.
 */
import { type PyNode, type PyTree, scopeOf, textOf } from './ast';
import { bindArguments, resolveCallee, stillParameter } from './calls';
import type { DjangoTranslator } from './django';

export function callerArgument(tr: DjangoTranslator, param: PyNode): { t: PyTree; file: string; node: PyNode } | undefined {
  const env = tr.env;
  const c = env?.caller;
  if (!env || !c?.tr.file || param.type !== 'identifier' || scopeOf(param) !== env.fn) return undefined;
  const name = textOf(tr.t, param);
  if (!stillParameter(tr.scopes, env.fn, name, param)) return undefined;
  // The call that inlined this function (not one forwarding its arguments on).
  const callee = resolveCallee(c.tr, c.call);
  if (callee?.fn.node !== env.fn) return undefined;
  const node = bindArguments(c.tr.t, callee.fn, c.call, callee.self)?.args.get(name);
  if (!node) return undefined;
  // A pass-through caller (`def f(user, model): return _f_impl(user, model)`) hands on its own parameter: its caller's argument.
  const up = node.type === 'identifier' && c.tr.env ? callerArgument(c.tr, node) : undefined;
  return up ?? { t: c.tr.t, file: c.tr.file, node };
}
