/**
 * Clause lists built by helpers and spread into a statement: `filter(*self._owner_clauses(uid))`,
 * `where(*clauses)` with `clauses = build_clauses(…)`. SQLAlchemy ANDs every item of the list, so
 * the conditions are those of the list the visible helper returns (a literal, or one only given
 * `append()` calls), read with the helper's parameters bound to the call's arguments.
 */
import { type PyNode, resolveVariable, unparen } from './ast';
import { chosenReturn } from './branches';
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
