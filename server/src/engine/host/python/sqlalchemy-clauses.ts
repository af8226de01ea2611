/**
 * Clauses built by helpers: a condition (`filter(self.common_filters())`, `where(owned_by(uid))`)
 * or a list spread into a statement (`filter(*self._owner_clauses(uid))`, `where(*clauses)` with
 * `clauses = build_clauses(…)`). A helper's condition is the expression it returns on the path;
 * SQLAlchemy ANDs every item of a list, so its conditions are those of the list the helper returns
 * (a literal, or one only given `append()` calls). Both are read with the helper's parameters
 * bound to the call's arguments.
 */
import { type PyNode, resolveVariable, textOf, unparen } from './ast';
import { chosenReturn } from './branches';
import { bindingScope } from './closures';
import { listItems } from './builders';
import { resolveCallee } from './calls';
import type { Pred } from '../../query/model';
import type { SaQuery, SaTranslator } from './sqlalchemy';

/** The conditions of the list a visible function call returns; undefined when it cannot be seen. */
export function returnedClauses(tr: SaTranslator, q: SaQuery, n: PyNode): Pred[] | undefined {
  let u = unparen(n);
  for (let k = 0; u?.type === 'identifier' && k < 10; k++) u = unparen(resolveVariable(tr.t, u, tr.scopes));
  if (u?.type !== 'call') return undefined;
  const c = resolveCallee(tr, u);
  const ret = c ? chosenReturn(c.fn) : undefined;
  if (!c || !ret || tr.stack.has(c.fn.node) || tr.stack.size > 8) return undefined;
  const env = tr.bind(c.fn, u, c.self, { v: false });
  if (!env) return undefined;
  const sub = tr.sub(c.fn, env);
  const items = listItems(sub.t, sub.scopes, ret, sub.decider);
  // A helper returning another helper's list (`return self._base_clauses(uid)`).
  return items ? items.map((x) => sub.condition(q, x)) : returnedClauses(sub, q, ret);
}

/**
 * The argument the caller passed for a parameter the function never reassigns (`db_filter` in
 * `fill_indexpage(page, Lead, Lead.email == x)`), with the caller's translator; undefined otherwise.
 */
export function boundArgument(tr: SaTranslator, n: PyNode): { tr: SaTranslator; node: PyNode } | undefined {
  const env = tr.env;
  if (n.type !== 'identifier' || !env?.argNodes) return undefined;
  const name = textOf(tr.t, n);
  // A parameter read by a callback the function runs (`def thd(conn): … tbl.select()`) is the function's own.
  if (bindingScope(tr.scopes, n, name) !== env.fn) return undefined;
  const binds = tr.scopes.assignments(env.fn).get(name);
  const a = env.argNodes.get(name);
  return a?.tr && binds?.length === 1 && binds[0]!.stmt.type === 'parameters' ? { tr: a.tr, node: a.node } : undefined;
}

/**
 * A condition built outside the statement: returned by a visible helper
 * (`filter(self.common_filters(True))`), or passed by the caller for a parameter; undefined when
 * it cannot be seen.
 */
export function outsideCondition(tr: SaTranslator, q: SaQuery, n: PyNode): Pred | undefined {
  const arg = boundArgument(tr, n);
  if (arg) return arg.tr.condition(q, arg.node);
  const call = n.type === 'call' ? n : undefined;
  const c = call ? resolveCallee(tr, call) : undefined;
  const ret = c ? chosenReturn(c.fn) : undefined;
  if (!c || !ret || tr.stack.has(c.fn.node) || tr.stack.size > 8) return undefined;
  const env = tr.bind(c.fn, call!, c.self, { v: false });
  return env ? tr.sub(c.fn, env).condition(q, ret) : undefined;
}
